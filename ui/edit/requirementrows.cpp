#include "requirementrows.h"

#include "documents/condaenvdocument.h"
#include "documents/lockedrequirements.h"
#include "documents/requirementsdocument.h"
#include "model/model.h"
#include "pep/pipline.h"
#include "pep/requirement.h"

#include <QHash>
#include <QRegularExpression>

namespace envlens {

namespace {

const QString kRequirementsTxt = QStringLiteral("requirements.txt");

QStringList requirementFiles(const Model &model, const FileExists &exists)
{
    QStringList paths;
    for (const RequirementsFile &file : model.requirements) {
        if (!file.constraint && exists(file.path))
            paths.append(file.path);
    }
    if (paths.isEmpty() && exists(kRequirementsTxt))
        paths.append(kRequirementsTxt);
    return paths;
}

RequirementRow makeRow(const QString &text, const QString &file, int line)
{
    RequirementRow row;
    row.text = text;
    row.parts = RequirementText::split(text);
    row.file = file;
    row.line = line;
    row.error = RequirementText::error(text);
    return row;
}

} // namespace

RequirementParts RequirementText::split(const QString &input)
{
    static const QRegularExpression head(QStringLiteral(R"(^\s*([A-Za-z0-9][A-Za-z0-9._-]*)?\s*(?:\[([^\]]*)\])?\s*)"));
    RequirementParts parts;
    const QRegularExpressionMatch match = head.match(input);
    parts.package = match.captured(1);
    parts.extras = match.captured(2).trimmed();
    const QString rest = input.mid(match.capturedEnd(0));
    // A URL may hold ';' itself: PEP 508 wants whitespace before the marker's ';' after a URL.
    const bool url = rest.startsWith(QLatin1Char('@'));
    const int semicolon = url ? rest.indexOf(QRegularExpression(QStringLiteral(R"(\s;)"))) : rest.indexOf(QLatin1Char(';'));
    if (semicolon < 0) {
        parts.spec = rest.trimmed();
    } else {
        parts.spec = rest.left(semicolon).trimmed();
        parts.marker = rest.mid(rest.indexOf(QLatin1Char(';'), semicolon) + 1).trimmed();
    }
    return parts;
}

QString RequirementText::join(const RequirementParts &parts)
{
    QString text = parts.package.trimmed();
    if (!parts.extras.trimmed().isEmpty())
        text += QLatin1Char('[') + parts.extras.trimmed() + QLatin1Char(']');
    const QString spec = parts.spec.trimmed();
    const bool url = spec.startsWith(QLatin1Char('@'));
    if (!spec.isEmpty())
        text += url ? QLatin1Char(' ') + spec : spec;
    if (!parts.marker.trimmed().isEmpty())
        text += (url ? QStringLiteral(" ; ") : QStringLiteral("; ")) + parts.marker.trimmed();
    return text;
}

QString RequirementText::error(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("Enter a package name.");
    const pep::PipLine pip = pep::parsePipLine(text.trimmed());
    if (pip.kind == pep::PipLine::Kind::Requirement && pip.requirement)
        return QString();
    const auto parsed = pep::Requirement::parse(text.trimmed());
    if (!parsed)
        return parsed.error().column > 0 ? tr("Column %1: %2").arg(parsed.error().column).arg(parsed.error().message)
                                         : parsed.error().message;
    return tr("Not a single requirement (options, paths and URLs without a name cannot be edited here).");
}

QString RequirementText::normalizedName(const QString &text)
{
    const auto parsed = pep::Requirement::parse(text.trimmed());
    return parsed ? parsed->normalizedName() : QString();
}

QString RequirementText::key(const QString &text)
{
    const auto parsed = pep::Requirement::parse(text.trimmed());
    if (!parsed)
        return QString();
    return parsed->normalizedName() + QLatin1Char(';') + (parsed->marker() ? parsed->marker()->toString() : QString());
}

QVector<RequirementRow> requirementRows(const Model &model, const FileBytes &bytes, const FileExists &exists)
{
    QVector<RequirementRow> rows;
    const QStringList files = requirementFiles(model, exists);
    for (const QString &path : files) {
        const RequirementsDocument doc = RequirementsDocument::parse(bytes(path), path);
        for (const RequirementLine &line : doc.lines()) {
            if (doc.isLocked()) {
                if (line.lockRole == LockRole::Original)
                    rows.append(makeRow(originalRequirementText(line.comment), path, line.firstLine));
            } else if (line.pip.kind == pep::PipLine::Kind::Requirement) {
                rows.append(makeRow(line.text, path, line.firstLine));
            }
        }
    }
    if (files.isEmpty() && model.conda.present && exists(model.conda.path)) {
        const auto conda = CondaEnvDocument::parse(bytes(model.conda.path), model.conda.path);
        if (conda) {
            for (const CondaPipItem &item : conda->pipItems()) {
                if (pep::parsePipLine(item.text).kind == pep::PipLine::Kind::Requirement)
                    rows.append(makeRow(item.text, model.conda.path, item.node.start().line));
            }
        }
    }
    return rows;
}

QVector<RequirementRow> originalRequirementRows(const Model &model)
{
    return requirementRows(
        model,
        [&model](const QString &path) {
            const TextFile *text = model.text(path);
            return text ? text->bytes() : QByteArray();
        },
        [&model](const QString &path) { return model.text(path) != nullptr; });
}

QVector<RequirementRow> compareWithOriginal(QVector<RequirementRow> rows, const QVector<RequirementRow> &original)
{
    QHash<QString, int> byKey;
    for (int i = original.size() - 1; i >= 0; --i)
        byKey.insert(RequirementText::key(original.at(i).text), i);
    QVector<bool> seen(original.size(), false);
    for (RequirementRow &row : rows) {
        const auto it = byKey.constFind(RequirementText::key(row.text));
        if (it == byKey.constEnd() || seen.at(it.value())) {
            row.status = RequirementRow::Status::Added;
            continue;
        }
        seen[it.value()] = true;
        row.originalText = original.at(it.value()).text;
        row.status = row.originalText == row.text ? RequirementRow::Status::Existing : RequirementRow::Status::Changed;
    }
    for (int i = 0; i < original.size(); ++i) {
        if (seen.at(i))
            continue;
        RequirementRow removed = original.at(i);
        removed.status = RequirementRow::Status::Removed;
        removed.originalText = removed.text;
        rows.append(removed);
    }
    return rows;
}

QStringList keptOverrideLines(const Model &model, const FileBytes &bytes, const FileExists &exists)
{
    QStringList kept;
    if (!exists(kRequirementsTxt))
        return kept;
    Q_UNUSED(model)
    const RequirementsDocument doc = RequirementsDocument::parse(bytes(kRequirementsTxt), kRequirementsTxt);
    if (doc.isLocked())
        return kept;
    for (const RequirementLine &line : doc.lines()) {
        switch (line.pip.kind) {
        case pep::PipLine::Kind::Constraint:
        case pep::PipLine::Kind::Editable:
        case pep::PipLine::Kind::Path:
        case pep::PipLine::Kind::Url:
            kept.append(line.text);
            break;
        default:
            break; // requirements are the override's; -r includes are inlined as rows; options stay in place
        }
    }
    return kept;
}

} // namespace envlens
