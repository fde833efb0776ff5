#include "pep/pipline.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <array>

namespace envlens::pep {

namespace {

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

// The options pip 23 accepts inside requirements files (req_file.SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ),
// plus --config-settings, which later pip versions accept per requirement.
struct OptionSpec
{
    QLatin1String canonical;
    QLatin1String alias; // a second long spelling, or empty
    char shortName; // 0 when there is none
    bool takesValue;
};

const std::array<OptionSpec, 18> &optionSpecs()
{
    static const std::array<OptionSpec, 18> specs = { {
        { QLatin1String("--index-url"), QLatin1String("--pypi-url"), 'i', true },
        { QLatin1String("--extra-index-url"), QLatin1String(), 0, true },
        { QLatin1String("--no-index"), QLatin1String(), 0, false },
        { QLatin1String("--constraint"), QLatin1String(), 'c', true },
        { QLatin1String("--requirement"), QLatin1String(), 'r', true },
        { QLatin1String("--editable"), QLatin1String(), 'e', true },
        { QLatin1String("--find-links"), QLatin1String(), 'f', true },
        { QLatin1String("--no-binary"), QLatin1String(), 0, true },
        { QLatin1String("--only-binary"), QLatin1String(), 0, true },
        { QLatin1String("--prefer-binary"), QLatin1String(), 0, false },
        { QLatin1String("--require-hashes"), QLatin1String(), 0, false },
        { QLatin1String("--pre"), QLatin1String(), 0, false },
        { QLatin1String("--trusted-host"), QLatin1String(), 0, true },
        { QLatin1String("--use-feature"), QLatin1String(), 0, true },
        { QLatin1String("--install-option"), QLatin1String(), 0, true },
        { QLatin1String("--global-option"), QLatin1String(), 0, true },
        { QLatin1String("--hash"), QLatin1String(), 0, true },
        { QLatin1String("--config-settings"), QLatin1String(), 0, true },
    } };
    return specs;
}

struct LineFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw LineFailure { message };
}

// shlex.split() in POSIX mode without comments, as pip splits the option part of a line.
QStringList shellSplit(QStringView text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype close = c == QLatin1Char('\'') ? text.indexOf(c, i + 1) : -1;
            inWord = true;
            if (c == QLatin1Char('\'')) {
                if (close < 0)
                    fail(PepText::tr("Could not split options: %1: No closing quotation")
                             .arg(text.toString()));
                word += text.mid(i + 1, close - i - 1);
                i = close;
                continue;
            }
            qsizetype j = i + 1;
            for (; j < text.size() && text[j] != QLatin1Char('"'); ++j) {
                if (text[j] == QLatin1Char('\\') && j + 1 < text.size()
                    && (text[j + 1] == QLatin1Char('"') || text[j + 1] == QLatin1Char('\\')))
                    ++j;
                word += text[j];
            }
            if (j >= text.size())
                fail(PepText::tr("Could not split options: %1: No closing quotation")
                         .arg(text.toString()));
            i = j;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size())
                fail(PepText::tr("Could not split options: %1: No escaped character")
                         .arg(text.toString()));
            word += text[++i];
            inWord = true;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n')) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

const OptionSpec &matchLongOption(const QString &given)
{
    const OptionSpec *match = nullptr;
    QStringList candidates;
    for (const OptionSpec &spec : optionSpecs()) {
        for (const QLatin1String &spelling : { spec.canonical, spec.alias }) {
            if (spelling.isEmpty())
                continue;
            if (given == spelling)
                return spec;
            if (spelling.startsWith(given)) {
                candidates.append(spelling);
                match = &spec;
            }
        }
    }
    if (candidates.isEmpty())
        fail(PepText::tr("no such option: %1").arg(given));
    if (candidates.size() > 1) {
        candidates.sort();
        fail(PepText::tr("ambiguous option: %1 (%2?)")
                 .arg(given, candidates.join(QLatin1String(", "))));
    }
    return *match;
}

const OptionSpec &matchShortOption(QChar c)
{
    for (const OptionSpec &spec : optionSpecs()) {
        if (spec.shortName != 0 && c == QLatin1Char(spec.shortName))
            return spec;
    }
    fail(PepText::tr("no such option: -%1").arg(c));
}

void checkHash(const QString &value)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon < 0)
        fail(PepText::tr("Arguments to --hash must be a hash name followed by a value, like --hash=sha256:abcde..."));
    const QString algorithm = value.left(colon);
    if (algorithm != QLatin1String("sha256") && algorithm != QLatin1String("sha384")
        && algorithm != QLatin1String("sha512"))
        fail(PepText::tr("Allowed hash algorithms for --hash are sha256, sha384, sha512."));
}

// optparse's _process_args over pip's option table; positional words among the options are ignored, as pip does.
QList<PipOption> parseOptions(QStringList words)
{
    QList<PipOption> options;
    while (!words.isEmpty()) {
        const QString word = words.takeFirst();
        if (word == QLatin1String("--"))
            break;
        const OptionSpec *spec = nullptr;
        QString shown;
        bool explicitValue = false;
        if (word.startsWith(QLatin1String("--"))) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            if (equals >= 0) {
                words.prepend(word.mid(equals + 1));
                explicitValue = true;
            }
            spec = &matchLongOption(equals >= 0 ? word.left(equals) : word);
            shown = spec->canonical;
        } else if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            spec = &matchShortOption(word[1]);
            shown = QLatin1Char('-') + word[1];
            // Every short option pip knows takes a value, so the rest of the word is that value.
            if (word.size() > 2)
                words.prepend(word.mid(2));
        } else {
            continue;
        }
        PipOption option { spec->canonical, QString() };
        if (spec->takesValue) {
            if (words.isEmpty())
                fail(PepText::tr("%1 option requires 1 argument").arg(shown));
            option.value = words.takeFirst();
            if (option.name == QLatin1String("--hash"))
                checkHash(option.value);
        } else if (explicitValue) {
            fail(PepText::tr("%1 option does not take a value").arg(shown));
        }
        options.append(option);
    }
    return options;
}

bool isUrl(QStringView text)
{
    static const QStringList schemes = { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file"),
        QStringLiteral("ftp"), QStringLiteral("git"), QStringLiteral("git+http"), QStringLiteral("git+https"),
        QStringLiteral("git+ssh"), QStringLiteral("git+git"), QStringLiteral("git+file"), QStringLiteral("hg+file"),
        QStringLiteral("hg+http"), QStringLiteral("hg+https"), QStringLiteral("hg+ssh"),
        QStringLiteral("hg+static-http"), QStringLiteral("svn"), QStringLiteral("svn+ssh"), QStringLiteral("svn+http"),
        QStringLiteral("svn+https"), QStringLiteral("svn+svn"), QStringLiteral("svn+file"), QStringLiteral("bzr+http"),
        QStringLiteral("bzr+https"), QStringLiteral("bzr+ssh"), QStringLiteral("bzr+sftp"), QStringLiteral("bzr+ftp"),
        QStringLiteral("bzr+lp"), QStringLiteral("bzr+file") };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon >= 0 && schemes.contains(text.left(colon).toString().toLower());
}

// pip's _looks_like_path(); backslashes count too, because requirement files written on Windows reach Linux.
bool looksLikePath(QStringView text)
{
    return text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('\\')) || text.startsWith(QLatin1Char('.'));
}

bool isArchive(QStringView text)
{
    static const std::array<QLatin1String, 12> extensions
        = { QLatin1String(".whl"), QLatin1String(".tar.bz2"), QLatin1String(".tbz"), QLatin1String(".tar.xz"),
              QLatin1String(".txz"), QLatin1String(".tlz"), QLatin1String(".tar.lz"), QLatin1String(".tar.lzma"),
              QLatin1String(".zip"), QLatin1String(".tar.gz"), QLatin1String(".tgz"), QLatin1String(".tar") };
    for (const QLatin1String &extension : extensions) {
        if (text.endsWith(extension, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString lastPathSegment(const QString &target, bool url)
{
    QString path = target;
    if (url) {
        const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
        if (cut >= 0)
            path.truncate(cut);
        path = QUrl::fromPercentEncoding(path.toUtf8());
    }
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return path.mid(slash + 1);
}

void fillArtifactNames(PipLine &line, bool url)
{
    parseWheelFilename(lastPathSegment(line.target, url), &line.wheelName, &line.wheelVersion);
    static const QRegularExpression egg(QStringLiteral("[#&]egg=([^&]*)"));
    const QRegularExpressionMatch match = egg.match(line.target);
    if (match.hasMatch())
        line.eggName = match.captured(1);
}

// "numpy=1.2" is the most common slip; suggest the spelling that parses.
QString equalsHint(const QString &args)
{
    const int equals = int(args.indexOf(QLatin1Char('=')));
    if (equals <= 0 || QStringLiteral("=<>!~").contains(args[equals - 1])
        || (equals + 1 < args.size() && args[equals + 1] == QLatin1Char('=')))
        return {};
    const QString suggestion = args.left(equals) + QLatin1String("==") + args.mid(equals + 1);
    if (!Requirement::parse(suggestion).ok())
        return {};
    return PepText::tr("did you mean %1?").arg(suggestion);
}

// A path or URL line: pip cuts the marker off at "; " for URLs and at ";" for paths.
void classifyArtifact(PipLine &line, const QString &args, bool url)
{
    const QLatin1String separator = url ? QLatin1String("; ") : QLatin1String(";");
    const qsizetype cut = args.indexOf(separator);
    line.kind = url ? PipLine::Kind::Url : PipLine::Kind::Path;
    line.target = (cut >= 0 ? args.left(cut) : args).trimmed();
    if (cut >= 0) {
        const QString markerText = args.mid(cut + separator.size()).trimmed();
        if (!markerText.isEmpty()) {
            Result<Marker> marker = Marker::parse(markerText);
            if (!marker.ok())
                fail(marker.error().message);
            line.marker = marker.value();
        }
    }
    fillArtifactNames(line, url);
}

void classifyArguments(PipLine &line, const QString &args, int argsColumn)
{
    if (isUrl(args)) {
        classifyArtifact(line, args, true);
        return;
    }
    const qsizetype at = args.indexOf(QLatin1Char('@'));
    const bool pep508Url = at >= 0 && !looksLikePath(QStringView(args).left(at));
    if (!pep508Url && (looksLikePath(args) || isArchive(args))) {
        classifyArtifact(line, args, false);
        return;
    }
    Result<Requirement> requirement = Requirement::parse(args);
    if (!requirement.ok()) {
        line.kind = PipLine::Kind::Invalid;
        line.error = requirement.error();
        if (line.error.column > 0)
            line.error.column += argsColumn - 1;
        const QString hint = equalsHint(args);
        if (!hint.isEmpty())
            line.error.message += QLatin1String("; ") + hint;
        return;
    }
    line.kind = PipLine::Kind::Requirement;
    line.requirement = requirement.value();
    if (!line.requirement->url().isEmpty()) {
        line.target = line.requirement->url();
        parseWheelFilename(lastPathSegment(line.target, true), &line.wheelName, &line.wheelVersion);
    }
}

void classifyOptionsOnly(PipLine &line)
{
    auto first = [&line](QLatin1String name) -> const PipOption * {
        for (const PipOption &option : line.options) {
            if (option.name == name)
                return &option;
        }
        return nullptr;
    };
    const std::array<std::pair<QLatin1String, PipLine::Kind>, 3> special = { {
        { QLatin1String("--editable"), PipLine::Kind::Editable },
        { QLatin1String("--requirement"), PipLine::Kind::Include },
        { QLatin1String("--constraint"), PipLine::Kind::Constraint },
    } };
    for (const auto &[name, kind] : special) {
        if (const PipOption *option = first(name)) {
            line.kind = kind;
            line.option = option->name;
            line.target = option->value;
            if (kind == PipLine::Kind::Editable)
                fillArtifactNames(line, isUrl(line.target));
            return;
        }
    }
    for (const PipOption &option : line.options) {
        if (option.name != QLatin1String("--hash")) {
            line.kind = PipLine::Kind::Option;
            line.option = option.name;
            line.target = option.value;
            return;
        }
    }
    line.kind = line.options.isEmpty() ? PipLine::Kind::Empty : PipLine::Kind::Option;
    if (!line.options.isEmpty())
        line.option = line.options.front().name;
}

} // namespace

bool parseWheelFilename(QStringView fileName, QString *name, QString *version)
{
    if (!fileName.endsWith(QLatin1String(".whl")))
        return false;
    const QString stem = fileName.left(fileName.size() - 4).toString();
    const QStringList parts = stem.split(QLatin1Char('-'));
    if (parts.size() != 5 && parts.size() != 6)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.contains(QRegularExpression(QStringLiteral("\\s"))))
            return false;
    }
    if (parts.size() == 6 && !parts[2].front().isDigit())
        return false;
    *name = parts[0];
    *version = parts[1];
    return true;
}

PipLine parsePipLine(QStringView logicalLine)
{
    PipLine line;
    line.text = logicalLine.toString();
    static const QRegularExpression envVar(QStringLiteral("\\$\\{([A-Z0-9_]+)\\}"));
    for (auto it = envVar.globalMatch(line.text); it.hasNext();)
        line.envVars.append(it.next().captured(1));

    qsizetype start = 0;
    while (start < logicalLine.size() && logicalLine[start].isSpace())
        ++start;
    const QString stripped = line.text.trimmed();
    if (stripped.isEmpty())
        return line;

    // pip's break_args_options(): words before the first one starting with '-' are the requirement; only the
    // rest goes through shlex and optparse, so markers keep their quotes.
    const QStringList words = stripped.split(QLatin1Char(' '));
    qsizetype argCount = 0;
    while (argCount < words.size() && !words[argCount].startsWith(QLatin1Char('-')))
        ++argCount;
    const QString args = words.mid(0, argCount).join(QLatin1Char(' '));
    const QString optionText = words.mid(argCount).join(QLatin1Char(' '));
    const int argsColumn = int(start) + 1;
    const int optionsColumn = int(start) + int(args.size()) + (argCount > 0 ? 1 : 0) + 1;

    try {
        line.options = parseOptions(shellSplit(optionText));
    } catch (const LineFailure &failure) {
        line.kind = PipLine::Kind::Invalid;
        line.error = Error { failure.message, {}, 0, optionsColumn };
        return line;
    }
    for (const PipOption &option : std::as_const(line.options)) {
        if (option.name == QLatin1String("--hash"))
            line.hashes.append(option.value);
    }
    if (args.isEmpty()) {
        classifyOptionsOnly(line);
        return line;
    }
    try {
        classifyArguments(line, args, argsColumn);
    } catch (const LineFailure &failure) {
        line.kind = PipLine::Kind::Invalid;
        line.error = Error { failure.message, {}, 0, argsColumn };
    }
    return line;
}

} // namespace envlens::pep
