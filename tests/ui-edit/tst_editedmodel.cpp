// modelWithChanges (core/edit/editedmodel.h), which the editor's live diagnostics run the checks
// on: for real models and every fix-it they offer, the checks of the in-memory model must equal
// the checks of the same changes written to a folder and loaded again.
#include "checks/checkrunner.h"
#include "edit/editedmodel.h"
#include "edit/enveditor.h"
#include "edit/modelwriter.h"
#include "model/model.h"
#include "model/modelloader.h"

#include "editfixtures.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;
using test::op;

Q_DECLARE_METATYPE(QVector<EditOperation>)

namespace {

QStringList describe(const QVector<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        QStringList fixes;
        for (const FixIt &fix : d.fixes)
            fixes << fix.id + QLatin1Char('=') + fix.title;
        lines << QStringLiteral("%1 %2 %3:%4:%5 %6 [%7]")
                     .arg(d.id, severityName(d.severity), d.location.file)
                     .arg(d.location.line)
                     .arg(d.location.column)
                     .arg(d.message, fixes.join(QLatin1Char('|')));
    }
    return lines;
}

QVector<Diagnostic> check(const Model &model)
{
    CheckOptions options;
    options.platform = model.platform;
    return runChecks(model, options);
}

} // namespace

class TestEditedModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_outputs = 0;

    // The checks of the changes written to a new folder and read back, against those of the
    // model built in memory; false (with the difference printed) when they differ.
    bool sameAsWritten(const Model &model, const ChangeSet &changes, const QString &label)
    {
        const Result<std::shared_ptr<const Model>> edited = modelWithChanges(model, changes);
        if (!edited) {
            qWarning("%s: refused: %s", qPrintable(label), qPrintable(edited.error().toString()));
            return false;
        }
        ModelWriteOptions options;
        options.outputPath = m_temp.path() + QStringLiteral("/out-%1").arg(++m_outputs);
        const Result<ModelWriteResult> written = ModelWriter().write(model, changes, options);
        if (!written) {
            qWarning("%s: write failed: %s", qPrintable(label), qPrintable(written.error().toString()));
            return false;
        }
        LoadOptions loadOptions;
        loadOptions.platform = model.platform;
        const Result<std::shared_ptr<const Model>> reloaded = ModelLoader::load(written->writtenPath, loadOptions);
        if (!reloaded) {
            qWarning("%s: reload failed: %s", qPrintable(label), qPrintable(reloaded.error().toString()));
            return false;
        }
        const QStringList inMemory = describe(check(*edited.value()));
        const QStringList onDisk = describe(check(*reloaded.value()));
        if (inMemory != onDisk) {
            qWarning("%s:\n in memory:\n  %s\n written:\n  %s", qPrintable(label),
                     qPrintable(inMemory.join(QStringLiteral("\n  "))), qPrintable(onDisk.join(QStringLiteral("\n  "))));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_temp.isValid()); }

    void editsCheckAsWritten_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QVector<EditOperation>>("operations");
        using K = EditOperation::Kind;
        const QString iris = QStringLiteral("iris-classifier");
        QTest::addRow("iris conflict") << iris << QVector<EditOperation>{op(K::AddRequirement, QStringLiteral("numpy>=2"))};
        QTest::addRow("iris python") << iris << QVector<EditOperation>{op(K::SetPython, QStringLiteral("3.11.9"))};
        QTest::addRow("iris remove") << iris << QVector<EditOperation>{op(K::RemovePackage, QStringLiteral("pandas"))};
        QTest::addRow("iris sync") << iris << QVector<EditOperation>{op(K::SyncCondaFromRequirements)};
        QTest::addRow("iris override without the constraints")
            << iris
            << QVector<EditOperation>{op(K::OverrideRequirements, QString(),
                                         {QStringLiteral("mlflow==2.12.1"), QStringLiteral("scikit-learn==1.3.2")})};
        QTest::addRow("iris override with a missing include")
            << iris
            << QVector<EditOperation>{op(K::OverrideRequirements, QString(),
                                         {QStringLiteral("mlflow==2.12.1"), QStringLiteral("-r extra.txt")})};
        QTest::addRow("include file") << QStringLiteral("include")
                                      << QVector<EditOperation>{op(K::SetPython, QStringLiteral("3.12.1")),
                                                                op(K::AddRequirement, QStringLiteral("requests==2.0"))};
        QTest::addRow("conda only") << QStringLiteral("conda-only")
                                    << QVector<EditOperation>{op(K::AddRequirement, QStringLiteral("numpy==2.0.0"))};
        QTest::addRow("locked") << QStringLiteral("locked")
                                << QVector<EditOperation>{op(K::AddRequirement, QStringLiteral("numpy==2.0.0"))};
        QTest::addRow("bom") << QStringLiteral("bom") << QVector<EditOperation>{op(K::SetPython, QStringLiteral("3.12.1"))};
        QTest::addRow("crlf") << QStringLiteral("crlf")
                              << QVector<EditOperation>{op(K::RemovePackage, QStringLiteral("torch"))};
    }

    void editsCheckAsWritten()
    {
        QFETCH(QString, fixture);
        QFETCH(QVector<EditOperation>, operations);
        const auto model = test::loadModel(test::fixturePath(fixture));
        QVERIFY(model);
        const Result<ChangeSet> changes = applyEdits(*model, operations);
        QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.error().toString()));
        QVERIFY(!changes->isEmpty());
        QVERIFY(sameAsWritten(*model, changes.value(), fixture));
    }

    // Every fix-it every corpus model offers, applied alone.
    void corpusFixItsCheckAsWritten()
    {
        const QStringList models = test::corpusModelDirs();
        QVERIFY(!models.isEmpty());
        int compared = 0;
        for (const QString &path : models) {
            const auto model = test::loadModel(path);
            QVERIFY2(model, qPrintable(path));
            for (const Diagnostic &diagnostic : check(*model)) {
                for (const FixIt &fix : diagnostic.fixes) {
                    const Result<ChangeSet> changes = applyEdits(*model, fix.operations);
                    if (!changes || changes->isEmpty())
                        continue;
                    const QString label = QStringLiteral("%1 %2/%3").arg(path, diagnostic.id, fix.id);
                    QVERIFY2(sameAsWritten(*model, changes.value(), label), qPrintable(label));
                    ++compared;
                }
            }
        }
        QVERIFY2(compared >= 5, qPrintable(QString::number(compared)));
    }

    // Edits that make the loader read files it did not read before: code/ text already in
    // memory, and README.md, which only the original folder holds.
    void readsWhatTheLoaderWouldReadAnew_data()
    {
        QTest::addColumn<QString>("include");
        QTest::addRow("code file in memory") << QStringLiteral("-r code/iris_features/transform.py");
        QTest::addRow("file read from the folder") << QStringLiteral("-r README.md");
        QTest::addRow("constraint read from the folder") << QStringLiteral("-c README.md");
    }

    void readsWhatTheLoaderWouldReadAnew()
    {
        QFETCH(QString, include);
        const auto model = test::loadModel(test::fixturePath(QStringLiteral("iris-classifier")));
        QVERIFY(model);
        const Result<ChangeSet> changes = applyEdits(
            *model, {op(EditOperation::Kind::OverrideRequirements, QString(), {QStringLiteral("mlflow==2.12.1"), include})});
        QVERIFY(changes.ok());
        QVERIFY(sameAsWritten(*model, changes.value(), include));
    }

    void noChangeChecksAsTheModel()
    {
        const auto model = test::loadModel(test::fixturePath(QStringLiteral("iris-classifier")));
        QVERIFY(model);
        const Result<std::shared_ptr<const Model>> same = modelWithChanges(*model, ChangeSet());
        QVERIFY(same.ok());
        QCOMPARE(describe(check(*same.value())), describe(check(*model)));
        QCOMPARE(same.value()->fingerprint, model->fingerprint);
    }

    // The original folder is gone: edits that need only what is in memory still check; one that
    // needs another file from the folder gets an error naming that file.
    void originalGone()
    {
        const QString copy = m_temp.path() + QStringLiteral("/gone");
        QVERIFY(test::copyTree(test::fixturePath(QStringLiteral("iris-classifier")), copy));
        const auto model = test::loadModel(copy);
        QVERIFY(model);
        QVERIFY(QDir(copy).removeRecursively());
        const Result<ChangeSet> add =
            applyEdits(*model, {op(EditOperation::Kind::AddRequirement, QStringLiteral("numpy>=2"))});
        QVERIFY(add.ok());
        QVERIFY(modelWithChanges(*model, add.value()).ok());
        const Result<ChangeSet> include = applyEdits(
            *model, {op(EditOperation::Kind::OverrideRequirements, QString(),
                        {QStringLiteral("mlflow==2.12.1"), QStringLiteral("-r README.md")})});
        QVERIFY(include.ok());
        const Result<std::shared_ptr<const Model>> edited = modelWithChanges(*model, include.value());
        QVERIFY(!edited.ok());
        QCOMPARE(edited.error().file, QStringLiteral("README.md"));
    }
};

QTEST_GUILESS_MAIN(TestEditedModel)
#include "tst_editedmodel.moc"
