#include "edit/enveditor.h"

#include "diff/textdiff.h"
#include "documents/condaenvdocument.h"
#include "documents/lockedrequirements.h"
#include "documents/mlmodeldocument.h"
#include "documents/pythonenvdocument.h"
#include "documents/requirementsdocument.h"
#include "model/model.h"
#include "pep/pipline.h"
#include "pep/requirement.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace envlens {

namespace {

// lupdate files EditText::tr() under the same context the code asks for at run time.
class EditText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::EditText)
};

const QString kRequirementsTxt = QStringLiteral("requirements.txt");

// A replacement of [start, end) of a text; applied from the end so offsets stay valid.
struct TextEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString replacement;
};

QString applyTextEdits(QString text, QVector<TextEdit> edits)
{
    std::stable_sort(edits.begin(), edits.end(),
                     [](const TextEdit &a, const TextEdit &b) { return a.start > b.start; });
    for (const TextEdit &e : std::as_const(edits))
        text.replace(e.start, e.end - e.start, e.replacement);
    return text;
}

// The text range that removes physical lines first..last with one line break, keeping the
// presence or absence of the final newline.
TextEdit removeLines(const TextFile &file, int first, int last)
{
    if (last < file.lineCount())
        return {file.lineStart(first), file.lineStart(last + 1), QString()};
    if (first > 1)
        return {file.lineEnd(first - 1), file.lineEnd(last), QString()};
    return {0, file.text().size(), QString()};
}

// Inserts a new physical line after line `after` (0: before the first line).
TextEdit insertLineAfter(const TextFile &file, int after, const QString &line)
{
    if (file.text().isEmpty())
        return {0, 0, line + file.newline()};
    if (after <= 0)
        return {0, 0, line + file.newline()};
    const qsizetype at = file.lineEnd(after);
    return {at, at, file.newline() + line};
}

// name + marker, the identity MLflow's "add" replaces by.
QString requirementKey(const pep::Requirement &req)
{
    return req.normalizedName() + QLatin1Char(';') + (req.marker() ? req.marker()->toString() : QString());
}

QString keyOfLine(const QString &text)
{
    const pep::PipLine pip = pep::parsePipLine(text);
    return pip.kind == pep::PipLine::Kind::Requirement && pip.requirement ? requirementKey(*pip.requirement)
                                                                          : QString();
}

QString nameOfLine(const QString &text)
{
    const pep::PipLine pip = pep::parsePipLine(text);
    return pip.kind == pep::PipLine::Kind::Requirement && pip.requirement ? pip.requirement->normalizedName()
                                                                          : QString();
}

// One requirement as a writer sees it: in a plain file its logical line; in a locked file a
// "# req" line of the Original block.
struct Entry
{
    int firstLine = 0;
    int lastLine = 0;
    qsizetype start = 0;   // the range a new text replaces
    qsizetype end = 0;
    QString text;
    bool hashes = false;
};

QVector<Entry> entriesOf(const RequirementsDocument &doc)
{
    QVector<Entry> entries;
    for (const RequirementLine &line : doc.lines()) {
        Entry e;
        e.firstLine = line.firstLine;
        e.lastLine = line.lastLine;
        if (doc.isLocked()) {
            if (line.lockRole != LockRole::Original)
                continue;
            e.start = line.commentSpan.start.offset;
            e.end = line.commentSpan.end.offset;
            e.text = originalRequirementText(line.comment);
        } else {
            if (line.pip.kind != pep::PipLine::Kind::Requirement)
                continue;
            e.start = line.textSpan.start.offset;
            e.end = line.textSpan.end.offset;
            e.text = line.text;
            e.hashes = !line.pip.hashes.isEmpty();
        }
        entries.append(e);
    }
    return entries;
}

// The last line a new requirement goes after: the last requirement-like line (or, locked, the
// last line of the Original block).
int appendAfterLine(const RequirementsDocument &doc)
{
    int after = 0;
    for (const RequirementLine &line : doc.lines()) {
        if (doc.isLocked()) {
            if (line.lockRole == LockRole::Original || line.lockRole == LockRole::OriginalHeader)
                after = line.lastLine;
            continue;
        }
        switch (line.pip.kind) {
        case pep::PipLine::Kind::Requirement:
        case pep::PipLine::Kind::Editable:
        case pep::PipLine::Kind::Path:
        case pep::PipLine::Kind::Url:
        case pep::PipLine::Kind::Include:
            after = line.lastLine;
            break;
        default:
            break;
        }
    }
    if (after == 0 && !doc.isLocked()) {
        // No requirement yet: before the first -c line, else at the end.
        for (const RequirementLine &line : doc.lines()) {
            if (line.pip.kind == pep::PipLine::Kind::Constraint)
                return line.firstLine - 1;
        }
        const TextFile &f = doc.file();
        return f.endsWithNewline() ? f.lineCount() - 1 : f.lineCount();
    }
    return after;
}

// The YAML text of a string scalar written where `style` was: quotes kept, plain text quoted
// when YAML would read it as something else.
QString yamlScalar(const QString &value, YamlNode::Style style)
{
    if (style == YamlNode::Style::DoubleQuoted) {
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    static const QRegularExpression needsQuotes(QStringLiteral(
        R"(^$|^[\s\-?:,\[\]{}#&*!|>'"%@`]|: |\s#|:$|\s$|^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$|^(?i:y|n|yes|no|true|false|on|off|null|~)$)"));
    if (style == YamlNode::Style::SingleQuoted || needsQuotes.match(value).hasMatch()) {
        QString escaped = value;
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    }
    return value;
}

Result<QString> validatedRequirement(const QString &input)
{
    const QString text = input.trimmed();
    const pep::PipLine pip = pep::parsePipLine(text);
    if (pip.kind != pep::PipLine::Kind::Requirement || !pip.requirement) {
        const auto parsed = pep::Requirement::parse(text);
        const QString reason = parsed ? EditText::tr("not a requirement") : parsed.error().message;
        return Error { EditText::tr("invalid requirement '%1': %2").arg(text, reason), QString(), 0, 0 };
    }
    return text;
}

Error fileError(const QString &path, const Error &e)
{
    return Error { EditText::tr("cannot edit %1: %2").arg(path, e.message), path, e.line, e.column };
}

} // namespace

EnvEditor::EnvEditor(const Model &model) : m_model(model) {}

QByteArray EnvEditor::bytes(const QString &path) const
{
    const auto it = m_current.constFind(path);
    if (it != m_current.constEnd())
        return it.value();
    const TextFile *text = m_model.text(path);
    return text ? text->bytes() : QByteArray();
}

bool EnvEditor::hasFile(const QString &path) const
{
    return m_current.contains(path) || m_model.text(path) != nullptr;
}

void EnvEditor::setText(const QString &path, const QString &text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += text.toUtf8();
    m_current.insert(path, out);
}

QString EnvEditor::requirementsPath() const
{
    return hasFile(kRequirementsTxt) ? kRequirementsTxt : QString();
}

QString EnvEditor::condaPath() const
{
    return m_model.conda.present && hasFile(m_model.conda.path) ? m_model.conda.path : QString();
}

QStringList EnvEditor::requirementsFilePaths() const
{
    QStringList paths;
    for (const RequirementsFile &file : m_model.requirements) {
        if (!file.constraint && hasFile(file.path))
            paths.append(file.path);
    }
    if (paths.isEmpty() && hasFile(kRequirementsTxt))
        paths.append(kRequirementsTxt);
    return paths;
}

Result<bool> EnvEditor::apply(const EditOperation &op)
{
    const QMap<QString, QByteArray> before = m_current;
    const QStringList warningsBefore = m_warnings;
    Result<bool> result = true;
    switch (op.kind) {
    case EditOperation::Kind::AddRequirement: result = addRequirement(op.text); break;
    case EditOperation::Kind::RemovePackage: result = removePackage(op.text); break;
    case EditOperation::Kind::OverrideRequirements: result = overrideRequirements(op.lines); break;
    case EditOperation::Kind::SetRequirement: result = setRequirement(op.file, op.line, op.text); break;
    case EditOperation::Kind::SetPython: result = setPython(op.text); break;
    case EditOperation::Kind::SyncCondaFromRequirements: result = syncCondaFromRequirements(); break;
    case EditOperation::Kind::SyncRequirementsFromConda: result = syncRequirementsFromConda(); break;
    case EditOperation::Kind::AddPythonEnvRequirementsRef: result = addPythonEnvRequirementsRef(); break;
    case EditOperation::Kind::Splice: result = splice(op.splices); break;
    }
    if (!result) {
        m_current = before;
        m_warnings = warningsBefore;
    }
    return result;
}

Result<bool> EnvEditor::addRequirement(const QString &input)
{
    const auto valid = validatedRequirement(input);
    if (!valid)
        return valid.error();
    const QString text = valid.value();
    const QString key = keyOfLine(text);

    const QString reqPath = requirementsPath();
    if (reqPath.isEmpty() && !condaPath().isEmpty()) {
        // No requirements.txt: the conda pip list is the requirement set.
        const auto conda = CondaEnvDocument::parse(bytes(condaPath()), condaPath());
        if (!conda)
            return fileError(condaPath(), conda.error());
        QStringList desired;
        bool replaced = false;
        for (const CondaPipItem &item : conda->pipItems()) {
            if (!replaced && keyOfLine(item.text) == key) {
                desired.append(text);
                replaced = true;
            } else {
                desired.append(item.text);
            }
        }
        if (!replaced)
            desired.append(text);
        return setPipList(desired);
    }
    if (reqPath.isEmpty()) {
        // Neither file: a new requirements.txt, named in python_env.yaml when that exists.
        setText(kRequirementsTxt, text + QLatin1Char('\n'), false);
        if (m_model.pythonEnv.present)
            return addPythonEnvRequirementsRef();
        return true;
    }

    // Replace in place in the first file that has the package with this marker.
    for (const QString &path : requirementsFilePaths()) {
        const RequirementsDocument doc = RequirementsDocument::parse(bytes(path), path);
        for (const Entry &e : entriesOf(doc)) {
            if (keyOfLine(e.text) != key)
                continue;
            if (e.hashes)
                m_warnings.append(EditText::tr("%1:%2: per-line --hash options dropped").arg(path).arg(e.firstLine));
            const QString replacement = doc.isLocked() ? QStringLiteral("# ") + text : text;
            TextEdit edit{e.start, e.end, replacement};
            if (doc.isLocked())
                m_needsRelock = true;
            setText(path, applyTextEdits(doc.file().text(), {edit}), doc.file().hadBom());
            return path == reqPath ? syncCondaFromRequirements() : Result<bool>(true);
        }
    }
    const RequirementsDocument doc = RequirementsDocument::parse(bytes(reqPath), reqPath);
    const QString line = doc.isLocked() ? QStringLiteral("# ") + text : text;
    if (doc.isLocked())
        m_needsRelock = true;
    setText(reqPath, applyTextEdits(doc.file().text(), {insertLineAfter(doc.file(), appendAfterLine(doc), line)}),
            doc.file().hadBom());
    return syncCondaFromRequirements();
}

Result<bool> EnvEditor::removePackage(const QString &input)
{
    const QString name = input.trimmed();
    static const QRegularExpression validName(QStringLiteral("^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$"));
    if (!validName.match(name).hasMatch())
        return Error { EditText::tr("invalid package name '%1'").arg(name), QString(), 0, 0 };
    const QString normalized = nameOfLine(name);
    bool found = false;
    const QString reqPath = requirementsPath();
    for (const QString &path : requirementsFilePaths()) {
        const RequirementsDocument doc = RequirementsDocument::parse(bytes(path), path);
        QVector<TextEdit> edits;
        for (const Entry &e : entriesOf(doc)) {
            if (nameOfLine(e.text) == normalized)
                edits.append(removeLines(doc.file(), e.firstLine, e.lastLine));
        }
        if (edits.isEmpty())
            continue;
        found = true;
        if (doc.isLocked())
            m_needsRelock = true;
        setText(path, applyTextEdits(doc.file().text(), edits), doc.file().hadBom());
    }
    if (reqPath.isEmpty() && !condaPath().isEmpty()) {
        const auto conda = CondaEnvDocument::parse(bytes(condaPath()), condaPath());
        if (!conda)
            return fileError(condaPath(), conda.error());
        QStringList desired;
        for (const CondaPipItem &item : conda->pipItems()) {
            if (nameOfLine(item.text) == normalized)
                found = true;
            else
                desired.append(item.text);
        }
        if (found) {
            const auto r = setPipList(desired);
            if (!r)
                return r;
        }
    } else if (found) {
        const auto r = syncCondaFromRequirements();
        if (!r)
            return r;
    }
    if (!found)
        m_warnings.append(EditText::tr("%1 is not required: nothing removed").arg(name));
    return true;
}

Result<bool> EnvEditor::setRequirement(const QString &file, int line, const QString &input)
{
    const auto valid = validatedRequirement(input);
    if (!valid)
        return valid.error();
    if (!hasFile(file))
        return Error { EditText::tr("%1 is not a file of the model").arg(file), file, line, 0 };
    if (file == condaPath())
        return setCondaPipItem(line, valid.value());
    const RequirementsDocument doc = RequirementsDocument::parse(bytes(file), file);
    for (const Entry &e : entriesOf(doc)) {
        if (line < e.firstLine || line > e.lastLine)
            continue;
        if (e.hashes)
            m_warnings.append(EditText::tr("%1:%2: per-line --hash options dropped").arg(file).arg(e.firstLine));
        const QString replacement = doc.isLocked() ? QStringLiteral("# ") + valid.value() : valid.value();
        m_needsRelock = m_needsRelock || doc.isLocked();
        setText(file, applyTextEdits(doc.file().text(), {TextEdit{e.start, e.end, replacement}}),
                doc.file().hadBom());
        return file == requirementsPath() ? syncCondaFromRequirements() : Result<bool>(true);
    }
    return Error { EditText::tr("no requirement at %1:%2").arg(file).arg(line), file, line, 0 };
}

// The pip list is rewritten as a whole so that its item at `line` changes in place and the rest
// keep their bytes; requirements.txt, when the model has one, follows.
Result<bool> EnvEditor::setCondaPipItem(int line, const QString &text)
{
    const QString path = condaPath();
    const auto conda = CondaEnvDocument::parse(bytes(path), path);
    if (!conda)
        return fileError(path, conda.error());
    QStringList desired;
    bool found = false;
    for (const CondaPipItem &item : conda->pipItems()) {
        const bool here = item.node.start().line == line;
        found = found || here;
        desired.append(here ? text : item.text.trimmed());
    }
    if (!found)
        return Error { EditText::tr("no requirement at %1:%2").arg(path).arg(line), path, line, 0 };
    const Result<bool> set = setPipList(desired);
    if (!set)
        return set;
    return requirementsPath().isEmpty() ? Result<bool>(true) : syncRequirementsFromConda();
}

Result<bool> EnvEditor::overrideRequirements(const QStringList &lines)
{
    QStringList texts;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
            continue;
        const pep::PipLine pip = pep::parsePipLine(t);
        if (pip.kind == pep::PipLine::Kind::Invalid)
            return Error { EditText::tr("invalid requirement '%1': %2").arg(t, pip.error.message), QString(), 0, 0 };
        texts.append(t);
    }
    const QString reqPath = requirementsPath();
    if (reqPath.isEmpty() && !condaPath().isEmpty())
        return setPipList(texts);
    if (reqPath.isEmpty()) {
        setText(kRequirementsTxt, texts.join(QLatin1Char('\n')) + QLatin1Char('\n'), false);
        return m_model.pythonEnv.present ? addPythonEnvRequirementsRef() : Result<bool>(true);
    }
    const RequirementsDocument doc = RequirementsDocument::parse(bytes(reqPath), reqPath);
    const auto bringsOwn = [&texts](pep::PipLine::Kind kind) {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [kind](const QString &t) { return pep::parsePipLine(t).kind == kind; });
    };
    const bool ownOptions = bringsOwn(pep::PipLine::Kind::Option);
    const bool ownConstraints = bringsOwn(pep::PipLine::Kind::Constraint);
    // Keep option and -c lines (unless the new lines bring their own), blank lines and comments;
    // the new requirement lines take the place of the first old one.
    QVector<TextEdit> edits;
    int firstReq = 0;
    for (const RequirementLine &line : doc.lines()) {
        const bool keptOption = (line.pip.kind == pep::PipLine::Kind::Option && !ownOptions)
            || (line.pip.kind == pep::PipLine::Kind::Constraint && !ownConstraints);
        if (line.isEmpty() || keptOption)
            continue;
        if (firstReq == 0)
            firstReq = line.firstLine;
        edits.append(removeLines(doc.file(), line.firstLine, line.lastLine));
    }
    const QString nl = doc.file().newline();
    if (firstReq == 0) {
        edits.append(insertLineAfter(doc.file(), appendAfterLine(doc), texts.join(nl)));
    } else {
        const qsizetype at = doc.file().lineStart(firstReq);
        const bool lastLine = firstReq >= doc.file().lineCount();
        edits.append(TextEdit{at, at, texts.join(nl) + (lastLine ? QString() : nl)});
    }
    setText(reqPath, applyTextEdits(doc.file().text(), edits), doc.file().hadBom());
    return syncCondaFromRequirements();
}

Result<bool> EnvEditor::setPython(const QString &input)
{
    const QString version = input.trimmed();
    static const QRegularExpression valid(QStringLiteral("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"));
    if (!valid.match(version).hasMatch())
        return Error { EditText::tr("invalid Python version '%1' (expected X.Y or X.Y.Z)").arg(version), QString(), 0,
            0 };
    bool any = false;
    const QString mlmodelPath = QStringLiteral("MLmodel");
    if (hasFile(mlmodelPath)) {
        const auto doc = MLmodelDocument::parse(bytes(mlmodelPath), mlmodelPath);
        if (!doc)
            return fileError(mlmodelPath, doc.error());
        const YamlNode node = doc->pythonVersion().value;
        if (node.isScalar()) {
            const TextFile &f = doc->yaml().file();
            const QString text = applyTextEdits(
                f.text(), {TextEdit{node.start().offset, node.end().offset, yamlScalar(version, node.style())}});
            setText(mlmodelPath, text, f.hadBom());
            any = true;
        }
    }
    if (m_model.pythonEnv.present && hasFile(m_model.pythonEnv.path)) {
        const QString path = m_model.pythonEnv.path;
        const auto doc = PythonEnvDocument::parse(bytes(path), path);
        if (!doc)
            return fileError(path, doc.error());
        const YamlNode node = doc->python().value;
        if (node.isScalar()) {
            const TextFile &f = doc->yaml().file();
            setText(path,
                    applyTextEdits(f.text(), {TextEdit{node.start().offset, node.end().offset,
                                                       yamlScalar(version, node.style())}}),
                    f.hadBom());
            any = true;
        }
    }
    if (!condaPath().isEmpty()) {
        const auto doc = CondaEnvDocument::parse(bytes(condaPath()), condaPath());
        if (!doc)
            return fileError(condaPath(), doc.error());
        if (doc->pythonIndex() >= 0) {
            const YamlNode node = doc->dependencies().at(doc->pythonIndex()).node;
            const TextFile &f = doc->file();
            setText(condaPath(),
                    applyTextEdits(f.text(), {TextEdit{node.start().offset, node.end().offset,
                                                       yamlScalar(QStringLiteral("python=") + version, node.style())}}),
                    f.hadBom());
            any = true;
        }
    }
    if (!any)
        m_warnings.append(EditText::tr("the model records no Python version: nothing changed"));
    return true;
}

// Makes the conda pip list hold exactly `desired`: identical items stay, an item of the same
// package and marker is replaced in place, the others are removed, new ones appended.
Result<bool> EnvEditor::setPipList(const QStringList &desired)
{
    const QString path = condaPath();
    if (path.isEmpty())
        return true;
    const auto doc = CondaEnvDocument::parse(bytes(path), path);
    if (!doc)
        return fileError(path, doc.error());
    if (doc->isLocked()) {
        m_warnings.append(EditText::tr("%1: the pip list is locked; not changed (re-lock the model)").arg(path));
        m_needsRelock = true;
        return true;
    }
    const QVector<CondaPipItem> &items = doc->pipItems();
    const YamlNode list = doc->pipField().value;
    if (items.isEmpty() || list.style() != YamlNode::Style::Block) {
        bool same = desired.isEmpty() && items.isEmpty();
        if (!same)
            m_warnings.append(EditText::tr("%1: no block pip list to follow requirements.txt; not changed").arg(path));
        return true;
    }
    const TextFile &f = doc->file();
    // matchOf[k]: the item desired[k] keeps (same text, else same package and marker), or -1.
    QVector<bool> used(items.size(), false);
    QVector<int> matchOf(desired.size(), -1);
    for (int k = 0; k < desired.size(); ++k) {
        for (int i = 0; i < items.size() && matchOf.at(k) < 0; ++i) {
            if (!used.at(i) && items.at(i).text.trimmed() == desired.at(k)) {
                used[i] = true;
                matchOf[k] = i;
            }
        }
    }
    QVector<TextEdit> edits;
    for (int k = 0; k < desired.size(); ++k) {
        const QString key = matchOf.at(k) < 0 ? keyOfLine(desired.at(k)) : QString();
        for (int i = 0; i < items.size() && !key.isEmpty() && matchOf.at(k) < 0; ++i) {
            if (!used.at(i) && keyOfLine(items.at(i).text) == key) {
                used[i] = true;
                matchOf[k] = i;
                const YamlNode node = items.at(i).node;
                edits.append(TextEdit{node.start().offset, node.end().offset, yamlScalar(desired.at(k), node.style())});
            }
        }
    }
    // Removals go first: a removal and an insertion may start at the same offset (the end of the
    // line before a last line without a newline), and the insertion must survive it.
    QVector<TextEdit> removals;
    for (int i = 0; i < items.size(); ++i) {
        if (!used.at(i))
            removals.append(removeLines(f, items.at(i).node.start().line, items.at(i).node.end().line));
    }
    edits = removals + edits;
    // A new item goes where requirements.txt has it: after the item of the nearest earlier desired
    // line that has one, else before the first kept item, else after the last item.
    int firstKept = -1;
    for (int k = 0; k < desired.size() && firstKept < 0; ++k)
        firstKept = matchOf.at(k);
    QMap<int, QStringList> after;    // item index -> new texts after it
    QStringList before;              // new texts before item firstKept
    int anchor = -1;
    for (int k = 0; k < desired.size(); ++k) {
        if (matchOf.at(k) >= 0)
            anchor = matchOf.at(k);
        else if (anchor >= 0)
            after[anchor].append(desired.at(k));
        else if (firstKept >= 0)
            before.append(desired.at(k));
        else
            after[items.size() - 1].append(desired.at(k));
    }
    const auto itemPrefix = [&](const YamlNode &node) {
        const qsizetype lineStart = f.lineStart(node.start().line);
        return f.text().mid(lineStart, node.start().offset - lineStart);
    };
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const YamlNode node = items.at(it.key()).node;
        QString inserted;
        for (const QString &want : it.value())
            inserted += f.newline() + itemPrefix(node) + yamlScalar(want, node.style());
        const qsizetype at = f.lineEnd(node.end().line);
        edits.append(TextEdit{at, at, inserted});
    }
    if (!before.isEmpty()) {
        const YamlNode node = items.at(firstKept).node;
        QString inserted;
        for (const QString &want : std::as_const(before))
            inserted += itemPrefix(node) + yamlScalar(want, node.style()) + f.newline();
        const qsizetype at = f.lineStart(node.start().line);
        edits.append(TextEdit{at, at, inserted});
    }
    if (edits.isEmpty())
        return true;
    setText(path, applyTextEdits(f.text(), edits), f.hadBom());
    return true;
}

Result<bool> EnvEditor::syncCondaFromRequirements()
{
    const QString reqPath = requirementsPath();
    if (reqPath.isEmpty() || condaPath().isEmpty())
        return true;
    const RequirementsDocument doc = RequirementsDocument::parse(bytes(reqPath), reqPath);
    QStringList desired;
    if (doc.isLocked()) {
        m_warnings.append(EditText::tr("requirements.txt is locked: the conda pip list is left for the re-lock"));
        return true;
    }
    for (const RequirementLine &line : doc.lines()) {
        if (line.isEmpty())
            continue;
        // Per-line options (--hash) stay in requirements.txt: the conda pip list has the bare requirement.
        const qsizetype option = line.pip.kind == pep::PipLine::Kind::Requirement && !line.pip.options.isEmpty()
            ? line.text.indexOf(QLatin1String(" -"))
            : -1;
        desired.append(option > 0 ? line.text.left(option).trimmed() : line.text);
    }
    return setPipList(desired);
}

Result<bool> EnvEditor::syncRequirementsFromConda()
{
    if (condaPath().isEmpty())
        return Error { EditText::tr("the model has no conda environment file"), QString(), 0, 0 };
    const auto conda = CondaEnvDocument::parse(bytes(condaPath()), condaPath());
    if (!conda)
        return fileError(condaPath(), conda.error());
    QStringList lines;
    for (const CondaPipItem &item : conda->pipItems())
        lines.append(item.text);
    return overrideRequirements(lines);
}

Result<bool> EnvEditor::addPythonEnvRequirementsRef()
{
    if (!m_model.pythonEnv.present || !hasFile(m_model.pythonEnv.path))
        return Error { EditText::tr("the model has no python_env.yaml"), QString(), 0, 0 };
    const QString path = m_model.pythonEnv.path;
    const auto doc = PythonEnvDocument::parse(bytes(path), path);
    if (!doc)
        return fileError(path, doc.error());
    const QString ref = QStringLiteral("-r requirements.txt");
    for (const YamlNode &item : doc->dependencies()) {
        if (item.scalar().trimmed() == ref)
            return true;
    }
    const TextFile &f = doc->yaml().file();
    if (!doc->dependencies().isEmpty() && doc->dependencies().last().isScalar()) {
        const YamlNode last = doc->dependencies().last();
        const qsizetype lineStart = f.lineStart(last.start().line);
        const QString prefix = f.text().mid(lineStart, last.start().offset - lineStart);
        if (!prefix.trimmed().startsWith(QLatin1Char('-')))
            return Error { EditText::tr("%1: dependencies is not a block list").arg(path), path, 0, 0 };
        const qsizetype at = f.lineEnd(last.end().line);
        setText(path, applyTextEdits(f.text(), {TextEdit{at, at, f.newline() + prefix + yamlScalar(ref, last.style())}}),
                f.hadBom());
        return true;
    }
    // No dependency list yet: a new key at the end, as MLflow writes it.
    QString text = f.text();
    if (!text.isEmpty() && !f.endsWithNewline())
        text += f.newline();
    if (doc->yaml().root().has(u"dependencies"))
        return Error { EditText::tr("%1: dependencies is not a block list").arg(path), path, 0, 0 };
    text += QStringLiteral("dependencies:") + f.newline() + QStringLiteral("- ") + ref + f.newline();
    setText(path, text, f.hadBom());
    return true;
}

Result<bool> EnvEditor::splice(const QVector<TextSplice> &splices)
{
    QMap<QString, QVector<TextEdit>> byFile;
    for (const TextSplice &s : splices) {
        if (!hasFile(s.file))
            return Error { EditText::tr("%1 is not a file of the model").arg(s.file), s.file, s.line, s.column };
        const TextFile f = TextFile::fromBytes(bytes(s.file));
        if (s.line < 1 || s.line > f.lineCount() || s.column < 1 || s.length < 0)
            return Error { EditText::tr("splice outside the file"), s.file, s.line, s.column };
        // A splice stays on its line; it may take the line break too (to delete the line).
        const qsizetype lineEnd = s.line < f.lineCount() ? f.lineStart(s.line + 1) : f.text().size();
        const qsizetype start = f.lineStart(s.line) + s.column - 1;
        if (start + s.length > lineEnd)
            return Error { EditText::tr("splice outside the file"), s.file, s.line, s.column };
        byFile[s.file].append(TextEdit{start, start + s.length, s.replacement});
    }
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        const TextFile f = TextFile::fromBytes(bytes(it.key()));
        setText(it.key(), applyTextEdits(f.text(), it.value()), f.hadBom());
    }
    // A fix-it's splice in requirements.txt (a merged duplicate, say) reaches the conda pip list too.
    return byFile.contains(requirementsPath()) ? syncCondaFromRequirements() : Result<bool>(true);
}

ChangeSet EnvEditor::changeSet() const
{
    ChangeSet set;
    set.warnings = m_warnings;
    set.warnings.removeDuplicates();
    set.needsRelock = m_needsRelock;
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
        const TextFile *original = m_model.text(it.key());
        if (original && original->bytes() == it.value())
            continue;
        FileChange change;
        change.path = it.key();
        change.created = original == nullptr;
        change.oldBytes = original ? original->bytes() : QByteArray();
        change.newBytes = it.value();
        const QString oldText = original ? original->text() : QString();
        const QString newText = TextFile::fromBytes(it.value()).text();
        change.diff = TextDiff::unifiedDiff(oldText, newText, change.created ? QString() : change.path, change.path);
        set.files.append(change);
    }
    if (m_needsRelock)
        set.warnings.append(EditText::tr("the requirements are locked: re-lock the model after this edit"));
    return set;
}

Result<ChangeSet> applyEdits(const Model &model, const QVector<EditOperation> &operations)
{
    EnvEditor editor(model);
    for (const EditOperation &op : operations) {
        const auto r = editor.apply(op);
        if (!r)
            return r.error();
    }
    return editor.changeSet();
}

Result<ChangeSet> applyEdit(const Model &model, const EditOperation &operation)
{
    return applyEdits(model, {operation});
}

} // namespace envlens
