#include "edit/editcommand.h"
#include "edit/editsession.h"
#include "edit/enveditor.h"
#include "edit/requirementrows.h"
#include "model/model.h"

#include "editfixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace envlens;
using test::op;

Q_DECLARE_METATYPE(QVector<EditOperation>)

namespace {

QMap<QString, QByteArray> contentsOf(const ChangeSet &changes) { return changes.contents(); }

} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoGiveBackTheSameBytes_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QVector<EditOperation>>("operations");
        using Kind = EditOperation::Kind;
        const QStringList fixtures{QStringLiteral("iris-classifier"), QStringLiteral("plain"), QStringLiteral("crlf"),
                                   QStringLiteral("bom"), QStringLiteral("conda-only"), QStringLiteral("include")};
        for (const QString &fixture : fixtures) {
            QTest::addRow("%s: add, python", qPrintable(fixture))
                << fixture
                << QVector<EditOperation>{op(Kind::AddRequirement, QStringLiteral("requests==2.31.0")),
                                          op(Kind::SetPython, QStringLiteral("3.11.9"))};
            QTest::addRow("%s: replace mlflow, remove it", qPrintable(fixture))
                << fixture
                << QVector<EditOperation>{op(Kind::AddRequirement, QStringLiteral("mlflow==2.13.0")),
                                          op(Kind::AddRequirement, QStringLiteral("Requests[socks]>=2; python_version >= \"3.8\"")),
                                          op(Kind::RemovePackage, QStringLiteral("mlflow"))};
            QTest::addRow("%s: override", qPrintable(fixture))
                << fixture
                << QVector<EditOperation>{op(Kind::OverrideRequirements, QString(),
                                             {QStringLiteral("mlflow==2.12.1"), QStringLiteral("numpy<2")})};
        }
        QTest::addRow("locked: python") << QStringLiteral("locked")
                                        << QVector<EditOperation>{op(Kind::SetPython, QStringLiteral("3.12"))};
    }

    void undoRedoGiveBackTheSameBytes()
    {
        QFETCH(QString, fixture);
        QFETCH(QVector<EditOperation>, operations);
        const auto model = test::loadModel(test::fixturePath(fixture));
        QVERIFY(model);
        EditSession session;
        session.setModel(model);
        QUndoStack stack;
        QSignalSpy changed(&session, &EditSession::changed);

        QVector<QMap<QString, QByteArray>> states{contentsOf(session.changeSet())};
        for (const EditOperation &operation : operations) {
            const Result<bool> check = session.check({operation});
            QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.error().toString()));
            SessionEdit edit;
            edit.operations = {operation};
            stack.push(EditCommand::append(&session, edit, QStringLiteral("step")));
            states.append(contentsOf(session.changeSet()));
        }
        QVERIFY(session.problems().isEmpty());
        QCOMPARE(changed.count(), operations.size());
        // The session's bytes are what the core makes of the whole list.
        const Result<ChangeSet> expected = applyEdits(*model, operations);
        QVERIFY(expected.ok());
        QCOMPARE(session.changeSet().contents(), expected->contents());
        QCOMPARE(session.changeSet().unifiedDiff(), expected->unifiedDiff());

        for (int i = int(operations.size()); i > 0; --i) {
            stack.undo();
            QCOMPARE(contentsOf(session.changeSet()), states.at(i - 1));
        }
        QVERIFY(!session.hasChanges());
        for (auto it = model->texts.cbegin(); it != model->texts.cend(); ++it)
            QCOMPARE(session.bytes(it.key()), it.value().bytes());
        for (int i = 1; i <= operations.size(); ++i) {
            stack.redo();
            QCOMPARE(contentsOf(session.changeSet()), states.at(i));
        }
    }

    void replaceAndRemoveReDeriveFromTheList()
    {
        const auto model = test::loadModel(test::fixturePath(QStringLiteral("iris-classifier")));
        QVERIFY(model);
        EditSession session;
        session.setModel(model);
        QUndoStack stack;
        using Kind = EditOperation::Kind;
        SessionEdit pandas;
        pandas.role = SessionEdit::Role::Extra;
        pandas.operations = {op(Kind::AddRequirement, QStringLiteral("pandas==2.2.3"))};
        auto *add = EditCommand::append(&session, pandas, QStringLiteral("add pandas"));
        const int pandasId = add->editId();
        stack.push(add);
        SessionEdit requests;
        requests.operations = {op(Kind::AddRequirement, QStringLiteral("requests==2.31.0"))};
        stack.push(EditCommand::append(&session, requests, QStringLiteral("add requests")));
        const QMap<QString, QByteArray> both = session.changeSet().contents();

        // Renaming the first extra drops its effect entirely: pandas goes back to its line on disk.
        SessionEdit renamed = *session.edit(pandasId);
        renamed.operations = {op(Kind::AddRequirement, QStringLiteral("rich==13.7.1"))};
        stack.push(EditCommand::replace(&session, renamed, QStringLiteral("rename")));
        const Result<ChangeSet> expected = applyEdits(
            *model, {op(Kind::AddRequirement, QStringLiteral("rich==13.7.1")), op(Kind::AddRequirement, QStringLiteral("requests==2.31.0"))});
        QVERIFY(expected.ok());
        QCOMPARE(session.changeSet().contents(), expected->contents());
        QVERIFY(session.bytes(QStringLiteral("requirements.txt")).contains("pandas==2.2.2  # bumped by hand"));

        stack.push(EditCommand::remove(&session, pandasId, QStringLiteral("remove")));
        const Result<ChangeSet> onlyRequests = applyEdits(*model, {op(Kind::AddRequirement, QStringLiteral("requests==2.31.0"))});
        QCOMPARE(session.changeSet().contents(), onlyRequests->contents());
        QCOMPARE(session.edits().size(), 1);

        stack.undo();
        stack.undo();
        QCOMPARE(session.changeSet().contents(), both);
        QCOMPARE(session.edits().first().id, pandasId);  // back in its place, same identity
    }

    void checkRefusesAndKeepsNothing()
    {
        const auto model = test::loadModel(test::fixturePath(QStringLiteral("iris-classifier")));
        EditSession session;
        session.setModel(model);
        const Result<bool> bad = session.check({op(EditOperation::Kind::AddRequirement, QStringLiteral("pandas=="))});
        QVERIFY(!bad.ok());
        QVERIFY(!bad.error().message.isEmpty());
        QVERIFY(!session.check({op(EditOperation::Kind::SetPython, QStringLiteral("three"))}).ok());
        QVERIFY(!session.hasChanges());
        QVERIFY(session.edits().isEmpty());
    }

    void fixedDiagnosticsFollowTheList()
    {
        const auto model = test::loadModel(test::fixturePath(QStringLiteral("iris-classifier")));
        EditSession session;
        session.setModel(model);
        QUndoStack stack;
        SessionEdit fix;
        fix.role = SessionEdit::Role::Fix;
        fix.operations = {op(EditOperation::Kind::SetPython, QStringLiteral("3.10.14"))};
        fix.fixedDiagnostics = QStringList{QStringLiteral("python-mismatch|python_env.yaml")};
        stack.push(EditCommand::append(&session, fix, QStringLiteral("fix")));
        QCOMPARE(session.fixedDiagnostics(), QSet<QString>{QStringLiteral("python-mismatch|python_env.yaml")});
        stack.undo();
        QVERIFY(session.fixedDiagnostics().isEmpty());
    }
};

QTEST_MAIN(TestEditSession)
#include "tst_editsession.moc"
