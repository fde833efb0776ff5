#include "pep/satisfiability.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

// Why a finite candidate set decides satisfiability exactly.
//
// Split a version into its class (epoch + release with trailing zeros dropped) and its fields (pre,
// post, dev, local). Every clause's admitted set, for packaging's operators including the PEP 440
// exclusions and the wildcard quirks of specifier.cpp, is a boolean combination of:
//  - the order of the version's class against the classes of the clause's versions (an anchor class:
//    the clause version, a wildcard prefix P and the class right after its block, P with its last
//    number + 1; packaging's epoch quirk also needs the first class of each epoch, e!0);
//  - "same class as the clause version" (base_version equality);
//  - when in that same class, comparisons of each field with the clause version's field and
//    whether the field is present (is_prerelease, is_postrelease, local present, pre == rc1 ...).
// So two versions whose classes lie in the same gap between anchor classes are admitted alike, and
// inside an anchor class, admission depends only on each field's "type": absent, or where it falls
// against the anchor values of that field in that class (equal to one, or in which open gap).
// The candidates are therefore: one version per gap between anchor classes (just above and just
// below each anchor class), and in each anchor class the product of one representative per field
// type. Each representative exists by construction (pre/post/dev are discrete; local labels are
// densely ordered and get explicit in-between labels). The === clauses contribute their single
// admitted version directly. tst_satisfiability checks this against brute force on a dense grid.

namespace envlens::pep {

namespace {

using Release = QVector<qint64>;

Release strippedRelease(const Release &release)
{
    qsizetype n = release.size();
    while (n > 1 && release.at(n - 1) == 0)
        --n;
    return release.mid(0, n);
}

struct ClassKey
{
    qint64 epoch = 0;
    Release release; // trailing zeros stripped, at least one number

    friend bool operator<(const ClassKey &a, const ClassKey &b)
    {
        if (a.epoch != b.epoch)
            return a.epoch < b.epoch;
        const qsizetype n = qMax(a.release.size(), b.release.size());
        for (qsizetype i = 0; i < n; ++i) {
            const qint64 x = a.release.value(i, 0);
            const qint64 y = b.release.value(i, 0);
            if (x != y)
                return x < y;
        }
        return false;
    }
};

struct FieldAnchors
{
    QVector<Version::PreRelease> pres;
    QVector<qint64> posts;
    QVector<qint64> devs;
    QStringList locals;
};

class CandidateBuilder
{
public:
    void addVersion(const Version &v)
    {
        FieldAnchors &f = anchorClass(v.epoch(), v.release());
        if (const auto pre = v.pre())
            f.pres.append(*pre);
        if (const auto post = v.post())
            f.posts.append(*post);
        if (const auto dev = v.dev())
            f.devs.append(*dev);
        if (v.hasLocal())
            f.locals.append(v.local());
    }

    void addWildcard(const Specifier::Wildcard &w)
    {
        if (!w.prefix)
            return;
        addVersion(*w.prefix);
        Release next = w.prefix->release();
        ++next.last();
        anchorClass(w.prefix->epoch(), next);
    }

    void addDirect(const Version &v) { m_direct.append(v); }

    // Calls visit for each candidate until it returns true; returns whether one did.
    bool forEach(const std::function<bool(const Version &)> &visit)
    {
        for (const Version &v : std::as_const(m_direct)) {
            if (visit(v))
                return true;
        }
        // The first class of each epoch in play (and of epoch 0) is an anchor too.
        QSet<qint64> epochs{0};
        for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it)
            epochs.insert(it.key().epoch);
        for (qint64 e : std::as_const(epochs)) {
            anchorClass(e, {0});
            anchorClass(e + 1, {0});
        }
        qsizetype longest = 1;
        qint64 largest = 0;
        for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it) {
            longest = qMax<qsizetype>(longest, it.key().release.size());
            for (qint64 n : it.key().release)
                largest = qMax(largest, n);
        }
        for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it) {
            for (const Version &gap : gapNeighbours(it.key(), longest, largest + 1)) {
                if (visit(gap))
                    return true;
            }
            if (visitClass(it.key(), it.value(), visit))
                return true;
        }
        return false;
    }

private:
    FieldAnchors &anchorClass(qint64 epoch, const Release &release)
    {
        return m_classes[ClassKey{epoch, strippedRelease(release)}];
    }

    // A release just above the class (beyond every anchor's length) and one just below it (the last
    // non-zero number lowered, followed by a number larger than any anchor's).
    static QVector<Version> gapNeighbours(const ClassKey &key, qsizetype longest, qint64 beyond)
    {
        QVector<Version> out;
        Release above = key.release;
        while (above.size() < longest)
            above.append(0);
        above.append(1);
        out.append(Version::fromParts(key.epoch, above));
        qsizetype last = key.release.size() - 1;
        while (last >= 0 && key.release.at(last) == 0)
            --last;
        if (last >= 0) {
            Release below = key.release.mid(0, last + 1);
            --below.last();
            below.append(beyond);
            out.append(Version::fromParts(key.epoch, below));
        } else if (key.epoch > 0) {
            out.append(Version::fromParts(key.epoch - 1, {beyond}));
        }
        return out;
    }

    static QVector<std::optional<qint64>> numberTypes(const QVector<qint64> &anchors)
    {
        QVector<std::optional<qint64>> out{std::nullopt};
        if (anchors.isEmpty())
            out.append(0);
        for (qint64 n : anchors) {
            out << n << n + 1;
            if (n > 0)
                out << n - 1;
        }
        return out;
    }

    static QVector<std::optional<Version::PreRelease>> preTypes(const QVector<Version::PreRelease> &anchors)
    {
        QVector<std::optional<Version::PreRelease>> out{std::nullopt};
        if (anchors.isEmpty())
            out.append(Version::PreRelease{});
        for (const Version::PreRelease &p : anchors) {
            out << p << Version::PreRelease{p.kind, p.number + 1};
            if (p.number > 0)
                out << Version::PreRelease{p.kind, p.number - 1};
            else if (p.kind != Version::PreKind::Alpha)
                out << Version::PreRelease{Version::PreKind(int(p.kind) - 1), 0};
        }
        return out;
    }

    static int compareLocals(const QString &a, const QString &b)
    {
        return Version::fromParts(0, {0}, std::nullopt, std::nullopt, std::nullopt, a)
            .compare(Version::fromParts(0, {0}, std::nullopt, std::nullopt, std::nullopt, b));
    }

    static bool isNumeric(const QString &segment)
    {
        return std::all_of(segment.begin(), segment.end(), [](QChar c) { return c.isDigit() && c.unicode() < 0x80; });
    }

    // A segment that sorts just before s: any string before a number, "0" + s before a string s
    // (s has a non-'0' character, which sorts after '0').
    static QString segmentBefore(const QString &s)
    {
        return isNumeric(s) ? QStringLiteral("a") : QStringLiteral("0") + s;
    }

    // One label in every gap of the (dense) local order around the anchors, plus the anchors.
    static QVector<QString> localTypes(QStringList anchors)
    {
        QVector<QString> out{QString()};
        if (anchors.isEmpty()) {
            out.append(QStringLiteral("a"));
            return out;
        }
        std::sort(anchors.begin(), anchors.end(), [](const QString &a, const QString &b) { return compareLocals(a, b) < 0; });
        const QStringList first = anchors.first().split(QLatin1Char('.'));
        out.append(first.size() > 1 ? first.first() : segmentBefore(first.first()));
        for (qsizetype i = 0; i < anchors.size(); ++i) {
            out.append(anchors.at(i));
            if (i + 1 == anchors.size()) {
                out.append(anchors.at(i) + QStringLiteral(".0"));
                break;
            }
            const QStringList low = anchors.at(i).split(QLatin1Char('.'));
            const QStringList high = anchors.at(i + 1).split(QLatin1Char('.'));
            const bool prefix = low.size() < high.size() && high.mid(0, low.size()) == low;
            if (!prefix)
                out.append(anchors.at(i) + QStringLiteral(".0"));
            else if (high.size() > low.size() + 1)
                out.append(high.mid(0, low.size() + 1).join(QLatin1Char('.')));
            else
                out.append(anchors.at(i) + QLatin1Char('.') + segmentBefore(high.last()));
        }
        return out;
    }

    static bool visitClass(const ClassKey &key, const FieldAnchors &f, const std::function<bool(const Version &)> &visit)
    {
        const auto pres = preTypes(f.pres);
        const auto posts = numberTypes(f.posts);
        const auto devs = numberTypes(f.devs);
        const auto locals = localTypes(f.locals);
        for (const auto &pre : pres) {
            for (const auto &post : posts) {
                for (const auto &dev : devs) {
                    for (const QString &local : locals) {
                        if (visit(Version::fromParts(key.epoch, key.release, pre, post, dev, local)))
                            return true;
                    }
                }
            }
        }
        return false;
    }

    QMap<ClassKey, FieldAnchors> m_classes;
    QVector<Version> m_direct;
};

// The one version === admits, if any: the one whose canonical string equals the text, ignoring case.
void addArbitrary(CandidateBuilder *builder, const Specifier &clause)
{
    const QString lowered = pep440::pythonLower(clause.versionText());
    // str.lower() turns U+0130 into "i" + U+0307, which only a local label written with U+0130 prints.
    QString respelled = lowered;
    respelled.replace(QStringLiteral("i\u0307"), QStringLiteral("\u0130"));
    for (const QString &text : {clause.versionText(), lowered, respelled}) {
        if (const Result<Version> v = Version::parse(text)) {
            builder->addDirect(*v);
            builder->addVersion(*v);
        }
    }
}

bool admitsAll(const QVector<Specifier> &clauses, const Version &v)
{
    return std::all_of(clauses.begin(), clauses.end(), [&](const Specifier &s) { return s.contains(v, true); });
}

std::optional<Version> witness(const QVector<Specifier> &clauses)
{
    CandidateBuilder builder;
    for (const Specifier &clause : clauses) {
        if (clause.op() == Specifier::Operator::Arbitrary) {
            addArbitrary(&builder, clause);
            continue;
        }
        if (clause.version())
            builder.addVersion(*clause.version());
        if (const std::optional<Specifier::Wildcard> w = clause.wildcard())
            builder.addWildcard(*w);
    }
    // Prefer a plain final release as the example; fall back to any admitted candidate.
    std::optional<Version> found;
    builder.forEach([&](const Version &v) {
        if (!admitsAll(clauses, v))
            return false;
        if (!found)
            found = v;
        if (v.isPrerelease() || v.isPostrelease() || v.hasLocal())
            return false;
        found = v;
        return true;
    });
    return found;
}

QVector<Specifier> pick(const QVector<Specifier> &clauses, const QVector<int> &indices)
{
    QVector<Specifier> out;
    for (int i : indices)
        out.append(clauses.at(i));
    return out;
}

Clash makeClash(QVector<int> indices)
{
    std::sort(indices.begin(), indices.end());
    Clash clash;
    clash.clauses = indices;
    clash.first = indices.value(0, -1);
    clash.second = indices.value(1, -1);
    return clash;
}

} // namespace

std::optional<Version> findWitness(const QVector<Specifier> &clauses)
{
    return witness(clauses);
}

bool isSatisfiable(const QVector<Specifier> &clauses)
{
    return witness(clauses).has_value();
}

std::optional<Clash> findClash(const QVector<Specifier> &clauses)
{
    if (isSatisfiable(clauses))
        return std::nullopt;
    const int n = int(clauses.size());
    for (int i = 0; i < n; ++i) {
        if (!isSatisfiable({clauses.at(i)}))
            return makeClash({i});
    }
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (!isSatisfiable({clauses.at(i), clauses.at(j)}))
                return makeClash({i, j});
        }
    }
    constexpr int kExhaustiveTriples = 24;
    if (n <= kExhaustiveTriples) {
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                for (int k = j + 1; k < n; ++k) {
                    if (!isSatisfiable({clauses.at(i), clauses.at(j), clauses.at(k)}))
                        return makeClash({i, j, k});
                }
            }
        }
    }
    // Deletion: drop every clause whose removal keeps the rest clashing; what stays is irreducible.
    QVector<int> core;
    for (int i = 0; i < n; ++i)
        core.append(i);
    for (int i = 0; i < n; ++i) {
        QVector<int> without = core;
        without.removeAll(i);
        if (!isSatisfiable(pick(clauses, without)))
            core = without;
    }
    return makeClash(core);
}

} // namespace envlens::pep
