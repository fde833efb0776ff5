#include "browse/loadjob.h"

#include "checks/checkrunner.h"

#include <QThread>

namespace envlens {

namespace {

ModelChecker &checker()
{
    // Every check of the catalogue, for the platform the model was loaded for.
    static ModelChecker current = [](const Model &model) {
        CheckOptions options;
        options.platform = model.platform;
        return runChecks(model, options);
    };
    return current;
}

LoadJob::Outcome runLoad(const QString &path, const LoadOptions &options, const ModelChecker &check)
{
    LoadJob::Outcome outcome;
    if (options.subpath.isEmpty()) {
        // Several models in one zip: ask which one rather than failing.
        const Result<QStringList> roots = ModelLoader::findModels(path, options.limits);
        if (roots.ok() && roots.value().size() > 1) {
            outcome.modelChoices = roots.value();
            return outcome;
        }
    }
    Result<std::shared_ptr<const Model>> loaded = ModelLoader::load(path, options);
    if (!loaded.ok()) {
        outcome.error = loaded.error();
        return outcome;
    }
    outcome.model = loaded.value();
    if (check)
        outcome.diagnostics = check(*outcome.model);
    sortDiagnostics(outcome.diagnostics);
    return outcome;
}

} // namespace

LoadJob::LoadJob(QObject *parent) : QObject(parent), m_outcome(std::make_shared<Outcome>()) {}

LoadJob::~LoadJob()
{
    // Loading is bounded by the loader's limits, so waiting here is short and never leaves a
    // thread writing into a destroyed job.
    if (m_thread)
        m_thread->wait();
    delete m_thread;
}

void LoadJob::start(const QString &path, const LoadOptions &options)
{
    if (m_thread)
        m_thread->wait();
    delete m_thread;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const ModelChecker check = checker();
    m_thread = QThread::create([outcome, path, options, check] { *outcome = runLoad(path, options, check); });
    // QThread::finished is emitted in the worker; the connection to this (GUI-thread) object is queued.
    connect(m_thread, &QThread::finished, this, &LoadJob::finished);
    m_thread->start();
}

bool LoadJob::isRunning() const { return m_thread && m_thread->isRunning(); }

void LoadJob::setChecker(ModelChecker check) { checker() = std::move(check); }

QVector<Diagnostic> LoadJob::loadIssueDiagnostics(const Model &model)
{
    QVector<Diagnostic> diagnostics;
    for (const LoadIssue &issue : model.issues) {
        Diagnostic d;
        d.id = issue.id;
        d.severity = severityFromName(issue.severity).value_or(Severity::Warning);
        d.message = issue.message;
        d.location.file = issue.file;
        d.location.line = issue.line;
        diagnostics.append(d);
    }
    return diagnostics;
}

} // namespace envlens
