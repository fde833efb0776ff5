#pragma once

#include "checks/diagnostic.h"
#include "common/error.h"
#include "model/modelloader.h"

#include <QObject>
#include <QVector>

#include <functional>
#include <memory>

class QThread;

namespace envlens {

/** What the checks of an opened model return; swapped for the full catalogue once it exists. */
using ModelChecker = std::function<QVector<Diagnostic>(const Model &model)>;

/**
 * Loads (and checks) one model on a worker thread, so a big zip never freezes the window;
 * finished() arrives on the GUI thread.
 */
class LoadJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        std::shared_ptr<const Model> model;
        Error error;                 // set when model is null
        QStringList modelChoices;    // several models in one source: the roots to choose from
        QVector<Diagnostic> diagnostics;
    };

    explicit LoadJob(QObject *parent = nullptr);
    ~LoadJob() override;

    void start(const QString &path, const LoadOptions &options);
    bool isRunning() const;
    /** Valid after finished(). */
    const Outcome &outcome() const { return *m_outcome; }

    /** The checks run after every load; the default turns the loader's own findings into diagnostics. */
    static void setChecker(ModelChecker checker);
    static QVector<Diagnostic> loadIssueDiagnostics(const Model &model);

Q_SIGNALS:
    void finished();

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace envlens
