#include "cli/cliargs.h"
#include "cli/commands.h"

#include "checks/checkrunner.h"
#include "checks/diagnostic.h"
#include "edit/editedmodel.h"
#include "edit/enveditor.h"
#include "edit/modelwriter.h"
#include "model/modelloader.h"
#include "pep/pipline.h"
#include "report/jsonreport.h"
#include "report/reportformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace envlens::cli {

namespace {

const char *const kUsage =
    "usage: envlens-cli edit MODEL [--add REQ]... [--remove NAME]... [--override FILE]\n"
    "                        [--python VERSION] [--fix ID|ID=FIX|all]... [--output DEST] [--backup]\n"
    "                        [--force] [--dry-run] [--format text|json] [--model SUBPATH]\n\n"
    "Edits the environment of an MLflow model, keeping requirements.txt, conda.yaml and\n"
    "python_env.yaml consistent, then re-checks it.\n\n"
    "  --add REQ          add a requirement, or replace the same package (and marker) in place\n"
    "  --remove NAME      drop every requirement line of a package\n"
    "  --override FILE    replace the requirement lines with FILE's (like pip_requirements)\n"
    "  --python VERSION   set the Python version in MLmodel, python_env.yaml and conda.yaml\n"
    "  --fix ID[=FIX]     apply the default (or named) fix-it of every diagnostic ID; all: every default\n"
    "  --output DEST      write a new folder or .zip, leaving the original untouched\n"
    "  --backup           keep the original as NAME.bak (folder) or NAME.zip.bak (zip)\n"
    "  --force            write even if the model changed on disk since it was read\n"
    "  --dry-run          print the unified diff of every change; write nothing, exit as the write would\n"
    "  --format FORMAT    text (default) or json\n"
    "  --model SUBPATH    which model of a zip or folder holding several\n\n"
    "Exit codes: 0 written or nothing to do, 1 written and errors remain, 2 refused (nothing written).\n";

struct EditArgs : CommonArgs
{
    QString model;
    QStringList adds;
    QStringList removes;
    QString overrideFile;
    QString python;
    QStringList fixes;
    QString output;
    bool backup = false;
    bool force = false;
    bool dryRun = false;
};

bool parseArgs(const QStringList &args, EditArgs *p, QString *error)
{
    const auto own = [p](const QStringList &all, int &i, QString *e) {
        const QString &arg = all.at(i);
        return takeList(all, i, QStringLiteral("--add"), &p->adds, e)
            || takeList(all, i, QStringLiteral("--remove"), &p->removes, e)
            || takeList(all, i, QStringLiteral("--fix"), &p->fixes, e)
            || takeValue(all, i, QStringLiteral("--override"), &p->overrideFile, e)
            || takeValue(all, i, QStringLiteral("--python"), &p->python, e)
            || takeValue(all, i, QStringLiteral("--output"), &p->output, e) || takeFlag(arg, "--backup", &p->backup)
            || takeFlag(arg, "--force", &p->force) || takeFlag(arg, "--dry-run", &p->dryRun);
    };
    if (!parseCommandLine(args, FormatOption | ModelOption, own, p, error) || p->help)
        return error->isEmpty();
    if (p->positional.size() != 1)
        *error = p->positional.isEmpty() ? CliText::tr("missing MODEL") : CliText::tr("edit takes one MODEL");
    else if (p->format != QLatin1String("text") && p->format != QLatin1String("json"))
        *error = CliText::tr("--format must be text or json, not %1").arg(p->format);
    else if (p->backup && !p->output.isEmpty())
        *error = CliText::tr("--backup and --output exclude each other");
    p->model = p->positional.value(0);
    return error->isEmpty();
}

// FILE's lines with its -r includes inlined (relative to the including file), each file once.
Result<QStringList> readOverrideFile(const QString &path, QSet<QString> &seen)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    if (seen.contains(canonical))
        return QStringList();
    seen.insert(canonical);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { CliText::tr("cannot read %1: %2").arg(path, file.errorString()), path };
    const RequirementsDocument doc = RequirementsDocument::parse(file.readAll(), path);
    QStringList lines;
    for (const RequirementLine &line : doc.lines()) {
        if (line.isEmpty())
            continue;
        if (line.pip.kind == pep::PipLine::Kind::Include) {
            const auto included = readOverrideFile(QFileInfo(path).dir().filePath(line.pip.target), seen);
            if (!included)
                return included.error();
            lines += included.value();
        } else {
            lines.append(line.text);
        }
    }
    return lines;
}

bool hasMlflow(const QStringList &lines)
{
    for (const QString &line : lines) {
        const pep::PipLine pip = pep::parsePipLine(line);
        if (pip.requirement && pip.requirement->normalizedName() == QLatin1String("mlflow"))
            return true;
    }
    return false;
}

// The mlflow line an override keeps: the model's own, else mlflow==<mlflow_version> (a dev
// version pinned to the previous micro release, as MLflow does).
QString mlflowLine(const Model &model)
{
    if (!model.requirements.isEmpty()) {
        for (const RequirementLine &line : model.requirements.first().document.lines()) {
            if (line.pip.requirement && line.pip.requirement->normalizedName() == QLatin1String("mlflow"))
                return line.text;
        }
    }
    const QString version = model.mlmodel.document ? model.mlmodel.document->mlflowVersion().text() : QString();
    static const QRegularExpression dev(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)\\.?dev\\d*$"));
    const auto m = dev.match(version);
    if (m.hasMatch() && m.captured(3).toInt() > 0)
        return QStringLiteral("mlflow==%1.%2.%3").arg(m.captured(1), m.captured(2)).arg(m.captured(3).toInt() - 1);
    return version.isEmpty() || m.hasMatch() ? QString() : QStringLiteral("mlflow==") + version;
}

Result<QVector<EditOperation>> fixOperations(const Model &model, const QStringList &fixes, QStringList *warnings)
{
    QVector<EditOperation> ops;
    if (fixes.isEmpty())
        return ops;
    const QVector<Diagnostic> diagnostics = runChecks(model);
    for (const QString &spec : fixes) {
        const int eq = spec.indexOf(QLatin1Char('='));
        const QString id = eq < 0 ? spec : spec.left(eq);
        const QString fixId = eq < 0 ? QString() : spec.mid(eq + 1);
        bool matched = false;
        for (const Diagnostic &d : diagnostics) {
            if (id != QLatin1String("all") && d.id != id)
                continue;
            const FixIt *fix = fixId.isEmpty() ? d.defaultFix() : d.fix(fixId);
            if (!fix && !fixId.isEmpty())
                return Error { CliText::tr("%1 has no fix-it named %2").arg(d.id, fixId), QString() };
            if (fix) {
                ops += fix->operations;
                matched = true;
            }
        }
        if (!matched)
            warnings->append(CliText::tr("no diagnostic %1 with a fix-it: nothing to fix").arg(id));
    }
    return ops;
}

Result<QVector<EditOperation>> buildOperations(const EditArgs &args, const Model &model, QStringList *warnings)
{
    QVector<EditOperation> ops;
    if (!args.overrideFile.isEmpty()) {
        QSet<QString> seen;
        auto lines = readOverrideFile(args.overrideFile, seen);
        if (!lines)
            return lines.error();
        if (!hasMlflow(lines.value())) {
            const QString mlflow = mlflowLine(model);
            if (!mlflow.isEmpty())
                lines.value().prepend(mlflow);
        }
        EditOperation op;
        op.kind = EditOperation::Kind::OverrideRequirements;
        op.lines = lines.value();
        ops.append(op);
    }
    const auto fixes = fixOperations(model, args.fixes, warnings);
    if (!fixes)
        return fixes.error();
    ops += fixes.value();
    for (const QString &name : args.removes) {
        EditOperation op;
        op.kind = EditOperation::Kind::RemovePackage;
        op.text = name;
        ops.append(op);
    }
    for (const QString &req : args.adds) {
        EditOperation op;
        op.kind = EditOperation::Kind::AddRequirement;
        op.text = req;
        ops.append(op);
    }
    if (!args.python.isEmpty()) {
        EditOperation op;
        op.kind = EditOperation::Kind::SetPython;
        op.text = args.python;
        ops.append(op);
    }
    return ops;
}

void printResult(const EditArgs &args, const QStringList &written, const QStringList &warnings,
                 const QVector<Diagnostic> &diagnostics, const QString &diff, QTextStream &out, QTextStream &err)
{
    if (args.format == QLatin1String("json")) {
        CheckReport report;
        report.model.path = args.model;
        report.diagnostics = diagnostics;
        QJsonObject object = JsonReport::toJson(report);
        object.insert(QStringLiteral("written"), QJsonArray::fromStringList(written));
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        object.insert(QStringLiteral("dry_run"), args.dryRun);
        if (args.dryRun)
            object.insert(QStringLiteral("diff"), diff);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    for (const QString &w : warnings)
        err << "envlens-cli edit: " << CliText::tr("warning: %1").arg(w) << '\n';
    CheckReport report;
    report.model.path = args.model;
    report.diagnostics = diagnostics;
    if (args.dryRun) {
        // stdout stays a patch; what the re-check would report goes beside it.
        out << diff;
        err << QString::fromUtf8(formatReports({report}, ReportFormat::Text));
        return;
    }
    if (written.isEmpty())
        out << CliText::tr("nothing to do") << '\n';
    for (const QString &file : written)
        out << CliText::tr("written: %1").arg(file) << '\n';
    out << QString::fromUtf8(formatReports({report}, ReportFormat::Text));
}

// --dry-run: the exit code a real run would give, without writing anything.
int dryRun(const EditArgs &args, const Model &model, const ChangeSet &changes, const QStringList &warnings,
           QTextStream &out, QTextStream &err)
{
    ModelWriteOptions writeOptions;
    writeOptions.outputPath = args.output;
    writeOptions.force = args.force;
    const auto allowed = ModelWriter().check(model, writeOptions);
    if (!allowed) {
        err << "envlens-cli edit: " << allowed.error().toString() << '\n';
        return ExitError;
    }
    // What the re-check after a write would find: the edited model, loaded again from memory.
    const auto edited = modelWithChanges(model, changes);
    if (!edited) {
        err << "envlens-cli edit: " << edited.error().toString() << '\n';
        return ExitError;
    }
    const QVector<Diagnostic> diagnostics = runChecks(*edited.value());
    printResult(args, {}, warnings, diagnostics, changes.unifiedDiff(), out, err);
    out.flush();
    // As a real run: 1 only when something would be written and errors would remain.
    return !changes.isEmpty() && anyAtLeast(diagnostics, Severity::Error) ? ExitFindings : ExitOk;
}

} // namespace

int runEdit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    EditArgs parsed;
    QString error;
    if (!parseArgs(args, &parsed, &error)) {
        err << "envlens-cli edit: " << error << "\n" << kUsage;
        return ExitError;
    }
    if (parsed.help) {
        out << kUsage;
        return ExitOk;
    }
    LoadOptions loadOptions;
    loadOptions.subpath = parsed.subpath;
    const auto loaded = ModelLoader::load(parsed.model, loadOptions);
    if (!loaded) {
        err << "envlens-cli edit: " << parsed.model << ": " << loaded.error().message << '\n';
        return ExitError;
    }
    const Model &model = *loaded.value();
    QStringList warnings;
    const auto ops = buildOperations(parsed, model, &warnings);
    if (!ops) {
        err << "envlens-cli edit: " << ops.error().toString() << '\n';
        return ExitError;
    }
    const auto changes = applyEdits(model, ops.value());
    if (!changes) {
        err << "envlens-cli edit: " << changes.error().toString() << '\n';
        return ExitError;
    }
    warnings += changes->warnings;
    if (parsed.dryRun)
        return dryRun(parsed, model, changes.value(), warnings, out, err);
    ModelWriteOptions writeOptions;
    writeOptions.outputPath = parsed.output;
    writeOptions.backup = parsed.backup;
    writeOptions.force = parsed.force;
    const auto written = ModelWriter().write(model, changes.value(), writeOptions);
    if (!written) {
        err << "envlens-cli edit: " << written.error().toString() << '\n';
        return ExitError;
    }
    warnings += written->warnings;
    LoadOptions reloadOptions = loadOptions;
    const QString reloadPath = parsed.output.isEmpty() ? parsed.model : parsed.output;
    if (!parsed.output.isEmpty())
        reloadOptions.subpath.clear();
    const auto reloaded = ModelLoader::load(reloadPath, reloadOptions);
    if (!reloaded) {
        err << "envlens-cli edit: " << reloadPath << ": " << reloaded.error().message << '\n';
        return ExitFindings;
    }
    const QVector<Diagnostic> diagnostics = runChecks(*reloaded.value());
    printResult(parsed, written->writtenFiles, warnings, diagnostics, QString(), out, err);
    out.flush();
    // Exit 1 says "written, and errors remain"; with nothing written the edit had nothing to do.
    return !written->writtenFiles.isEmpty() && anyAtLeast(diagnostics, Severity::Error) ? ExitFindings : ExitOk;
}

} // namespace envlens::cli
