#include "pep/marker.h"

#include "pep/names.h"
#include "pep/pep508parser.h"
#include "pep/specifier.h"
#include "pep/version.h"

#include <QCoreApplication>

#include <optional>

namespace envlens::pep {

namespace {

using detail::MarkerElement;
using detail::MarkerGroup;
using detail::MarkerItem;
using detail::MarkerOperand;

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

QString serialize(const MarkerOperand &operand)
{
    // packaging quotes with '"' and never escapes, so a value containing '"' prints unparseably: kept as is.
    return operand.isVariable ? operand.value : QLatin1Char('"') + operand.value + QLatin1Char('"');
}

QString formatItem(const MarkerItem &item)
{
    return serialize(item.lhs) + QLatin1Char(' ') + item.op + QLatin1Char(' ') + serialize(item.rhs);
}

// packaging's _format_marker(): a one-element list holding a list or an item is printed as that element with
// first=True again, which is why "((a) or (b))" loses its parentheses.
QString formatGroup(const MarkerGroup &group, bool first = true)
{
    if (group.elements.size() == 1) {
        const MarkerElement &only = group.elements.front();
        if (only.kind == MarkerElement::Kind::Group)
            return formatGroup(*only.group, true);
        if (only.kind == MarkerElement::Kind::Item)
            return formatItem(only.item);
    }
    QStringList parts;
    for (const MarkerElement &element : group.elements) {
        switch (element.kind) {
        case MarkerElement::Kind::Item:
            parts.append(formatItem(element.item));
            break;
        case MarkerElement::Kind::Group:
            parts.append(formatGroup(*element.group, false));
            break;
        case MarkerElement::Kind::And:
            parts.append(QStringLiteral("and"));
            break;
        case MarkerElement::Kind::Or:
            parts.append(QStringLiteral("or"));
            break;
        }
    }
    const QString joined = parts.join(QLatin1Char(' '));
    return first ? joined : QLatin1Char('(') + joined + QLatin1Char(')');
}

struct EvaluationFailure
{
    QString message;
};

class Evaluator
{
public:
    Evaluator(const MarkerEnvironment &env, const QString &extra) : m_env(env), m_extra(extra) { }

    // Like packaging, every clause is evaluated (no short circuit), so a failure anywhere is reported.
    bool evaluate(const MarkerGroup &group) const
    {
        bool anyGroup = false;
        bool allInGroup = true;
        for (const MarkerElement &element : group.elements) {
            switch (element.kind) {
            case MarkerElement::Kind::Item:
                allInGroup = evaluateItem(element.item) && allInGroup;
                break;
            case MarkerElement::Kind::Group:
                allInGroup = evaluate(*element.group) && allInGroup;
                break;
            case MarkerElement::Kind::And:
                break;
            case MarkerElement::Kind::Or:
                anyGroup = anyGroup || allInGroup;
                allInGroup = true;
                break;
            }
        }
        return anyGroup || allInGroup;
    }

private:
    QString lookup(const QString &key) const
    {
        if (key == QLatin1String("extra"))
            return m_extra;
        const auto it = m_env.values.constFind(key);
        if (it == m_env.values.constEnd())
            throw EvaluationFailure { PepText::tr("Undefined environment name %1").arg(key) };
        return it.value();
    }

    bool evaluateItem(const MarkerItem &item) const
    {
        // packaging looks the environment up by the variable's name, or, when the left side is a string, by the
        // right side's text, whatever it is.
        QString key;
        QString lhs;
        QString rhs;
        if (item.lhs.isVariable) {
            key = item.lhs.value;
            lhs = lookup(key);
            rhs = item.rhs.value;
        } else {
            lhs = item.lhs.value;
            key = item.rhs.value;
            rhs = lookup(key);
        }
        if (key == QLatin1String("extra")) {
            lhs = normalizeName(lhs);
            rhs = normalizeName(rhs);
        }
        return compare(lhs, item.op, rhs);
    }

    static bool compare(const QString &lhs, const QString &op, const QString &rhs)
    {
        const Result<Specifier> spec = Specifier::parse(QString(op + rhs));
        if (spec.ok()) {
            const Result<Version> version = Version::parse(lhs);
            if (!version.ok())
                throw EvaluationFailure { PepText::tr("Invalid version: '%1'").arg(lhs) };
            return spec->contains(*version, true);
        }
        if (op == QLatin1String("in"))
            return rhs.contains(lhs);
        if (op == QLatin1String("not in"))
            return !rhs.contains(lhs);
        const int order = QString::compare(lhs, rhs, Qt::CaseSensitive);
        if (op == QLatin1String("=="))
            return order == 0;
        if (op == QLatin1String("!="))
            return order != 0;
        if (op == QLatin1String("<"))
            return order < 0;
        if (op == QLatin1String("<="))
            return order <= 0;
        if (op == QLatin1String(">"))
            return order > 0;
        if (op == QLatin1String(">="))
            return order >= 0;
        throw EvaluationFailure {
            PepText::tr("Undefined %1 on '%2' and '%3'.").arg(op, lhs, rhs)
        };
    }

    const MarkerEnvironment &m_env;
    const QString &m_extra;
};

void collectVariables(const MarkerGroup &group, QStringList &out)
{
    for (const MarkerElement &element : group.elements) {
        if (element.kind == MarkerElement::Kind::Group) {
            collectVariables(*element.group, out);
        } else if (element.kind == MarkerElement::Kind::Item) {
            for (const MarkerOperand *operand : { &element.item.lhs, &element.item.rhs }) {
                if (operand->isVariable)
                    out.append(operand->value);
            }
        }
    }
}

struct PlatformFacts
{
    const char *sysPlatform;
    const char *osName;
    const char *system;
    const char *machine;
    const char *release;
    const char *version;
};

PlatformFacts platformFacts(const QString &platform)
{
    if (platform == QLatin1String("windows") || platform == QLatin1String("win32"))
        return { "win32", "nt", "Windows", "AMD64", "10", "10.0.19045" };
    if (platform == QLatin1String("macos") || platform == QLatin1String("darwin"))
        return { "darwin", "posix", "Darwin", "arm64", "23.0.0",
            "Darwin Kernel Version 23.0.0: Fri Sep 15 14:41:43 PDT 2023; root:xnu-10002.1.13~1/RELEASE_ARM64_T6000" };
    return { "linux", "posix", "Linux", "x86_64", "6.1.0-18-amd64",
        "#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)" };
}

} // namespace

MarkerEnvironment MarkerEnvironment::target(const QString &pythonVersion, const QString &platform)
{
    QStringList parts = pythonVersion.trimmed().split(QLatin1Char('.'));
    while (parts.size() < 3)
        parts.append(QStringLiteral("0"));
    const QString full = parts.mid(0, 3).join(QLatin1Char('.'));
    const PlatformFacts facts = platformFacts(platform.toLower());

    MarkerEnvironment env;
    env.values.insert(QStringLiteral("python_version"), parts.mid(0, 2).join(QLatin1Char('.')));
    env.values.insert(QStringLiteral("python_full_version"), full);
    env.values.insert(QStringLiteral("implementation_name"), QStringLiteral("cpython"));
    env.values.insert(QStringLiteral("implementation_version"), full);
    env.values.insert(QStringLiteral("platform_python_implementation"), QStringLiteral("CPython"));
    env.values.insert(QStringLiteral("sys_platform"), QString::fromLatin1(facts.sysPlatform));
    env.values.insert(QStringLiteral("os_name"), QString::fromLatin1(facts.osName));
    env.values.insert(QStringLiteral("platform_system"), QString::fromLatin1(facts.system));
    env.values.insert(QStringLiteral("platform_machine"), QString::fromLatin1(facts.machine));
    env.values.insert(QStringLiteral("platform_release"), QString::fromLatin1(facts.release));
    env.values.insert(QStringLiteral("platform_version"), QString::fromLatin1(facts.version));
    return env;
}

Marker::Marker(std::shared_ptr<const detail::MarkerGroup> root) : m_root(std::move(root)) { }

Result<Marker> Marker::parse(QStringView text)
{
    Result<std::shared_ptr<MarkerGroup>> parsed = detail::parseMarkerSyntax(text);
    if (!parsed.ok())
        return parsed.error();
    detail::normalizeFirstExtraValue(*parsed.value());
    return Marker(std::move(parsed.value()));
}

bool Marker::evaluate(const MarkerEnvironment &env, const QString &extra) const
{
    const Result<bool> result = evaluateChecked(env, extra);
    return result.ok() && result.value();
}

Result<bool> Marker::evaluateChecked(const MarkerEnvironment &env, const QString &extra) const
{
    if (!m_root)
        return true;
    try {
        return Evaluator(env, extra).evaluate(*m_root);
    } catch (const EvaluationFailure &failure) {
        return Error { failure.message, {}, 0, 0 };
    }
}

QString Marker::toString() const
{
    return m_root ? formatGroup(*m_root) : QString();
}

QStringList Marker::variables() const
{
    QStringList names;
    if (m_root)
        collectVariables(*m_root, names);
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace envlens::pep
