#include "diff/diffreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace envlens {

namespace {

// lupdate files DiffText::tr() under the same context the code asks for at run time.
class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DiffText)
};

// ---- JSON ------------------------------------------------------------------------------------

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue lineOrNull(int line)
{
    return line > 0 ? QJsonValue(line) : QJsonValue();
}

QJsonArray packagesJson(const QVector<PackageDiff> &rows)
{
    QJsonArray array;
    for (const PackageDiff &r : rows) {
        array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("marker"), orNull(r.marker)},
                                 {QStringLiteral("old"), orNull(r.oldText)},
                                 {QStringLiteral("new"), orNull(r.newText)},
                                 {QStringLiteral("change"), diffChangeName(r.change)},
                                 {QStringLiteral("old_file"), orNull(r.oldFile)},
                                 {QStringLiteral("old_line"), lineOrNull(r.oldLine)},
                                 {QStringLiteral("new_file"), orNull(r.newFile)},
                                 {QStringLiteral("new_line"), lineOrNull(r.newLine)}});
    }
    return array;
}

QJsonObject pythonSideJson(const PythonDiff::Side &side, const QString &target)
{
    return QJsonObject{{QStringLiteral("mlmodel"), orNull(side.mlmodel)},
                       {QStringLiteral("python_env"), orNull(side.pythonEnv)},
                       {QStringLiteral("conda"), orNull(side.conda)},
                       {QStringLiteral("target"), orNull(target)}};
}

QJsonObject pairsJson(const QVector<ValueDiff> &values)
{
    QJsonObject object;
    for (const ValueDiff &v : values)
        object.insert(v.key, QJsonArray{orNull(v.oldValue), orNull(v.newValue)});
    return object;
}

QJsonValue sizeOrNull(qint64 size)
{
    return size < 0 ? QJsonValue() : QJsonValue(double(size));
}

QJsonArray filesJson(const QVector<FileDiff> &files)
{
    QJsonArray array;
    for (const FileDiff &f : files) {
        array.append(QJsonObject{{QStringLiteral("path"), f.path},
                                 {QStringLiteral("change"), diffChangeName(f.change)},
                                 {QStringLiteral("old_size"), sizeOrNull(f.oldSize)},
                                 {QStringLiteral("new_size"), sizeOrNull(f.newSize)},
                                 {QStringLiteral("role"), f.role},
                                 {QStringLiteral("text"), f.isText},
                                 {QStringLiteral("compared_by"), fileDiffMethodName(f.method)},
                                 {QStringLiteral("error"), orNull(f.error)}});
    }
    return array;
}

// ---- shared table model of the readable forms ------------------------------------------------

struct Table
{
    QString title;
    QStringList columns;
    QVector<QStringList> rows;
    QVector<QPair<QString, QString>> diffs; // path, unified diff
};

QString orNone(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QString sizeText(qint64 size)
{
    return size < 0 ? QStringLiteral("\u2014") : QString::number(size);
}

QString changeWord(DiffChange change)
{
    switch (change) {
    case DiffChange::Unchanged:
        return DiffText::tr("unchanged");
    case DiffChange::Added:
        return DiffText::tr("added");
    case DiffChange::Removed:
        return DiffText::tr("removed");
    case DiffChange::Upgraded:
        return DiffText::tr("upgraded");
    case DiffChange::Downgraded:
        return DiffText::tr("downgraded");
    case DiffChange::Changed:
        return DiffText::tr("changed");
    case DiffChange::Modified:
        return DiffText::tr("modified");
    }
    return DiffText::tr("changed");
}

void addPackageTable(QVector<Table> &tables, const QString &title, const QVector<PackageDiff> &rows,
                     const DiffReportOptions &options)
{
    Table t { title,
        { DiffText::tr("Package"), DiffText::tr("Marker"), DiffText::tr("Old"), DiffText::tr("New"),
            DiffText::tr("Change") },
        {}, {} };
    for (const PackageDiff &r : rows) {
        if (r.change != DiffChange::Unchanged || options.includeUnchanged)
            t.rows.append({r.name, r.marker, orNone(r.oldText), orNone(r.newText), changeWord(r.change)});
    }
    if (!t.rows.isEmpty())
        tables.append(t);
}

void addFileTable(QVector<Table> &tables, const QString &title, const QVector<FileDiff> &files,
                  const DiffReportOptions &options)
{
    Table t { title,
        { DiffText::tr("Path"), DiffText::tr("Change"), DiffText::tr("Old size"), DiffText::tr("New size") }, {}, {} };
    for (const FileDiff &f : files) {
        if (f.change == DiffChange::Unchanged && !options.includeUnchanged)
            continue;
        QString change = changeWord(f.change);
        if (!f.error.isEmpty())
            change += QStringLiteral(" (") + f.error + QLatin1Char(')');
        t.rows.append({f.path, change, sizeText(f.oldSize), sizeText(f.newSize)});
        if (options.codeDiffs && f.isText && f.change != DiffChange::Unchanged) {
            QStringList lines = f.unifiedDiff().split(QLatin1Char('\n'));
            if (lines.size() > options.maxDiffLines) {
                const int more = int(lines.size()) - options.maxDiffLines;
                lines = lines.mid(0, options.maxDiffLines);
                lines.append(DiffText::tr("\u2026 %n more line(s)", nullptr, more));
            }
            t.diffs.append({f.path, lines.join(QLatin1Char('\n'))});
        }
    }
    if (!t.rows.isEmpty())
        tables.append(t);
}

QString valuesText(const QVector<ValueDiff> &values)
{
    QStringList parts;
    for (const ValueDiff &v : values)
        parts.append(v.key + QStringLiteral(": ") + orNone(v.oldValue) + QStringLiteral(" \u2192 ") + orNone(v.newValue));
    return parts.join(QStringLiteral("; "));
}

QVector<Table> tablesOf(const ModelDiff &diff, const DiffReportOptions &options)
{
    QVector<Table> tables;
    addPackageTable(tables, DiffText::tr("Requirements"), diff.packages, options);
    addPackageTable(tables, DiffText::tr("Constraints"), diff.constraints, options);
    addPackageTable(tables, DiffText::tr("Locked requirements"), diff.locked, options);

    if (diff.python.change != DiffChange::Unchanged || options.includeUnchanged) {
        const PythonDiff &p = diff.python;
        tables.append({ DiffText::tr("Python (%1)").arg(changeWord(p.change)),
            { DiffText::tr("Where"), DiffText::tr("Old"), DiffText::tr("New") },
            { { QStringLiteral("MLmodel"), orNone(p.oldPython.mlmodel), orNone(p.newPython.mlmodel) },
                { QStringLiteral("python_env.yaml"), orNone(p.oldPython.pythonEnv), orNone(p.newPython.pythonEnv) },
                { QStringLiteral("conda.yaml"), orNone(p.oldPython.conda), orNone(p.newPython.conda) } },
            {} });
    }

    Table flavors { DiffText::tr("Flavors"),
        { DiffText::tr("Flavor"), DiffText::tr("Change"), DiffText::tr("Details") }, {}, {} };
    for (const FlavorDiff &f : diff.flavors) {
        if (f.change != DiffChange::Unchanged || options.includeUnchanged)
            flavors.rows.append({f.name, changeWord(f.change), valuesText(f.versions + f.fields)});
    }
    if (!flavors.rows.isEmpty())
        tables.append(flavors);

    if (diff.conda.channelsChange != DiffChange::Unchanged)
        tables.append({ DiffText::tr("Conda channels"), { DiffText::tr("Old"), DiffText::tr("New") },
            { { orNone(diff.conda.oldChannels.join(QStringLiteral(", "))),
                orNone(diff.conda.newChannels.join(QStringLiteral(", "))) } },
            {} });
    addPackageTable(tables, DiffText::tr("Conda dependencies"), diff.conda.dependencies, options);
    addPackageTable(tables, DiffText::tr("Conda pip list"), diff.conda.pip, options);

    Table metadata { DiffText::tr("Metadata"), { DiffText::tr("Key"), DiffText::tr("Old"), DiffText::tr("New") }, {},
        {} };
    for (const ValueDiff &v : diff.metadata)
        metadata.rows.append({v.key, orNone(v.oldValue), orNone(v.newValue)});
    if (!metadata.rows.isEmpty())
        tables.append(metadata);

    addFileTable(tables, DiffText::tr("Code"), diff.code, options);
    addFileTable(tables, DiffText::tr("Other files"), diff.artifacts, options);
    return tables;
}

QString verdict(const ModelDiff &diff)
{
    return diff.equivalent() ? DiffText::tr("The environments are equivalent.")
                             : DiffText::tr("The environments differ.");
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// Markdown treats these as syntax; a backslash makes each literal (GFM allows it before any
// ASCII punctuation), so model text cannot inject links, HTML or table cells.
QString markdownEscape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~&\"'");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : oneLine(text)) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A fence longer than any backtick run inside the text.
QString fenceFor(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

} // namespace

QByteArray DiffReport::json(const ModelDiff &diff)
{
    QJsonObject root;
    root.insert(QStringLiteral("old"), diff.oldModel);
    root.insert(QStringLiteral("new"), diff.newModel);
    root.insert(QStringLiteral("equivalent"), diff.equivalent());
    root.insert(QStringLiteral("packages"), packagesJson(diff.packages));
    root.insert(QStringLiteral("constraints"), packagesJson(diff.constraints));
    root.insert(QStringLiteral("locked"), QJsonObject{{QStringLiteral("old"), diff.oldLocked},
                                                      {QStringLiteral("new"), diff.newLocked},
                                                      {QStringLiteral("packages"), packagesJson(diff.locked)}});
    root.insert(QStringLiteral("python"),
                QJsonObject{{QStringLiteral("old"), pythonSideJson(diff.python.oldPython, diff.python.oldTarget)},
                            {QStringLiteral("new"), pythonSideJson(diff.python.newPython, diff.python.newTarget)},
                            {QStringLiteral("change"), diffChangeName(diff.python.change)}});
    root.insert(QStringLiteral("mlflow_version"), QJsonObject{{QStringLiteral("old"), orNull(diff.mlflowVersion.oldValue)},
                                                              {QStringLiteral("new"), orNull(diff.mlflowVersion.newValue)}});
    QJsonArray flavors;
    for (const FlavorDiff &f : diff.flavors) {
        flavors.append(QJsonObject{{QStringLiteral("name"), f.name},
                                   {QStringLiteral("change"), diffChangeName(f.change)},
                                   {QStringLiteral("versions"), pairsJson(f.versions)},
                                   {QStringLiteral("fields"), pairsJson(f.fields)}});
    }
    root.insert(QStringLiteral("flavors"), flavors);
    QJsonArray metadata;
    for (const ValueDiff &v : diff.metadata) {
        metadata.append(QJsonObject{{QStringLiteral("key"), v.key},
                                    {QStringLiteral("old"), orNull(v.oldValue)},
                                    {QStringLiteral("new"), orNull(v.newValue)}});
    }
    root.insert(QStringLiteral("metadata"), metadata);
    const QJsonObject channels{{QStringLiteral("old"), QJsonArray::fromStringList(diff.conda.oldChannels)},
                               {QStringLiteral("new"), QJsonArray::fromStringList(diff.conda.newChannels)},
                               {QStringLiteral("change"), diffChangeName(diff.conda.channelsChange)}};
    root.insert(QStringLiteral("conda"), QJsonObject{{QStringLiteral("channels"), channels},
                                                     {QStringLiteral("dependencies"), packagesJson(diff.conda.dependencies)},
                                                     {QStringLiteral("pip"), packagesJson(diff.conda.pip)}});
    root.insert(QStringLiteral("code"), filesJson(diff.code));
    root.insert(QStringLiteral("artifacts"), filesJson(diff.artifacts));
    QJsonArray impact;
    for (const ServingImpact &s : diff.servingImpact) {
        impact.append(QJsonObject{{QStringLiteral("kind"), servingImpactKindName(s.kind)},
                                  {QStringLiteral("message"), s.message}});
    }
    root.insert(QStringLiteral("serving_impact"), impact);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString DiffReport::text(const ModelDiff &diff, const DiffReportOptions &options)
{
    QString out;
    out += DiffText::tr("old: %1\nnew: %2\n").arg(oneLine(diff.oldDisplayPath), oneLine(diff.newDisplayPath));
    out += verdict(diff) + QLatin1Char('\n');
    if (!diff.servingImpact.isEmpty()) {
        out += QLatin1Char('\n') + DiffText::tr("Serving impact") + QLatin1Char('\n');
        for (const ServingImpact &s : diff.servingImpact)
            out += QStringLiteral("  ! ") + oneLine(s.message) + QLatin1Char('\n');
    }
    for (const Table &t : tablesOf(diff, options)) {
        out += QLatin1Char('\n') + t.title + QLatin1Char('\n');
        QVector<int> widths(t.columns.size(), 0);
        for (const QStringList &row : t.rows)
            for (int c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = qMin(60, qMax(widths.at(c), int(row.at(c).size())));
        for (const QStringList &row : t.rows) {
            QString line = QStringLiteral(" ");
            for (int c = 0; c < row.size(); ++c)
                line += QLatin1Char(' ') + (c + 1 < row.size() ? oneLine(row.at(c)).leftJustified(widths.at(c)) : oneLine(row.at(c)));
            out += line + QLatin1Char('\n');
        }
        for (const auto &d : t.diffs)
            out += QLatin1Char('\n') + d.second + (d.second.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
    }
    return out;
}

QString DiffReport::markdown(const ModelDiff &diff, const DiffReportOptions &options)
{
    QString out = QStringLiteral("### ") + DiffText::tr("Model environment diff") + QStringLiteral("\n\n");
    out += DiffText::tr("**Old:** %1  \n**New:** %2\n\n")
               .arg(markdownEscape(diff.oldDisplayPath), markdownEscape(diff.newDisplayPath));
    out += (diff.equivalent() ? QStringLiteral("\u2705 ") : QStringLiteral("\u26a0\ufe0f ")) + verdict(diff) + QStringLiteral("\n");
    if (!diff.servingImpact.isEmpty()) {
        out += QStringLiteral("\n#### ") + DiffText::tr("Serving impact") + QStringLiteral("\n\n");
        for (const ServingImpact &s : diff.servingImpact)
            out += QStringLiteral("- ") + markdownEscape(s.message) + QLatin1Char('\n');
    }
    for (const Table &t : tablesOf(diff, options)) {
        out += QStringLiteral("\n#### ") + markdownEscape(t.title) + QStringLiteral("\n\n|");
        for (const QString &c : t.columns)
            out += QLatin1Char(' ') + markdownEscape(c) + QStringLiteral(" |");
        out += QStringLiteral("\n|");
        for (int c = 0; c < t.columns.size(); ++c)
            out += QStringLiteral(" --- |");
        out += QLatin1Char('\n');
        for (const QStringList &row : t.rows) {
            out += QLatin1Char('|');
            for (const QString &cell : row)
                out += QLatin1Char(' ') + markdownEscape(cell) + QStringLiteral(" |");
            out += QLatin1Char('\n');
        }
        for (const auto &d : t.diffs) {
            const QString fence = fenceFor(d.second);
            out += QStringLiteral("\n<details><summary>") + d.first.toHtmlEscaped() + QStringLiteral("</summary>\n\n")
                 + fence + QStringLiteral("diff\n") + d.second
                 + (d.second.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence
                 + QStringLiteral("\n\n</details>\n");
        }
    }
    return out;
}

QString DiffReport::html(const ModelDiff &diff, const DiffReportOptions &options)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        + esc(DiffText::tr("Model environment diff"))
        + QStringLiteral("</title><style>body{font-family:sans-serif}table{border-collapse:collapse}"
                         "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
                         "pre{background:#f6f8fa;padding:6px}</style></head><body>\n<h1>")
        + esc(DiffText::tr("Model environment diff")) + QStringLiteral("</h1>\n<p>");
    out += esc(DiffText::tr("Old: %1").arg(diff.oldDisplayPath)) + QStringLiteral("<br>")
        + esc(DiffText::tr("New: %1").arg(diff.newDisplayPath)) + QStringLiteral("</p>\n<p><strong>")
        + esc(verdict(diff)) + QStringLiteral("</strong></p>\n");
    if (!diff.servingImpact.isEmpty()) {
        out += QStringLiteral("<h2>") + esc(DiffText::tr("Serving impact")) + QStringLiteral("</h2>\n<ul>\n");
        for (const ServingImpact &s : diff.servingImpact)
            out += QStringLiteral("<li>") + esc(s.message) + QStringLiteral("</li>\n");
        out += QStringLiteral("</ul>\n");
    }
    for (const Table &t : tablesOf(diff, options)) {
        out += QStringLiteral("<h2>") + esc(t.title) + QStringLiteral("</h2>\n<table>\n<tr>");
        for (const QString &c : t.columns)
            out += QStringLiteral("<th>") + esc(c) + QStringLiteral("</th>");
        out += QStringLiteral("</tr>\n");
        for (const QStringList &row : t.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
        for (const auto &d : t.diffs)
            out += QStringLiteral("<h3>") + esc(d.first) + QStringLiteral("</h3>\n<pre>") + esc(d.second)
                 + QStringLiteral("</pre>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace envlens
