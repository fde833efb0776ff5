#include "edit/commandline.h"

#include <QtTest>

using namespace envlens;

Q_DECLARE_METATYPE(QVector<envlens::CommandLineEdit>)

namespace {

CommandLineEdit operationEdit(EditOperation::Kind kind, const QString &text, const QStringList &lines = {})
{
    EditOperation operation;
    operation.kind = kind;
    operation.text = text;
    operation.lines = lines;
    return CommandLineEdit{{operation}, {}};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
};

void TestCommandLine::commands_data()
{
    QTest::addColumn<QVector<CommandLineEdit>>("edits");
    QTest::addColumn<QString>("requirementsTxt");
    QTest::addColumn<QString>("envlens");
    QTest::addColumn<QString>("overrideContent");
    QTest::addColumn<QString>("mlflow");
    QTest::addColumn<bool>("mlflowRefused");

    const QString plain = QStringLiteral("mlflow==2.12.1\nnumpy==1.26.4\n");
    QTest::newRow("add") << QVector<CommandLineEdit>{operationEdit(EditOperation::Kind::AddRequirement,
                                                                   QStringLiteral("pandas==2.2.1"))}
                         << plain << QStringLiteral("envlens-cli edit /m/model --add pandas==2.2.1") << QString()
                         << QStringLiteral("mlflow models update-pip-requirements -m /m/model add pandas==2.2.1")
                         << false;
    QTest::newRow("remove") << QVector<CommandLineEdit>{operationEdit(EditOperation::Kind::RemovePackage,
                                                                      QStringLiteral("numpy"))}
                            << plain << QStringLiteral("envlens-cli edit /m/model --remove numpy") << QString()
                            << QStringLiteral("mlflow models update-pip-requirements -m /m/model remove numpy")
                            << false;
    QTest::newRow("python") << QVector<CommandLineEdit>{operationEdit(EditOperation::Kind::SetPython,
                                                                      QStringLiteral("3.11.9"))}
                            << plain << QStringLiteral("envlens-cli edit /m/model --python 3.11.9") << QString()
                            << QString() << true;
    QTest::newRow("override")
        << QVector<CommandLineEdit>{operationEdit(EditOperation::Kind::OverrideRequirements, QString(),
                                                  {QStringLiteral("mlflow==2.12.1"), QStringLiteral("torch>=2")})}
        << plain << QStringLiteral("envlens-cli edit /m/model --override override-requirements.txt")
        << QStringLiteral("mlflow==2.12.1\ntorch>=2\n") << QString() << true;
    QTest::newRow("fix") << QVector<CommandLineEdit>{CommandLineEdit{{}, {QStringLiteral("pip-mismatch")}}}
                         << plain << QStringLiteral("envlens-cli edit /m/model --fix pip-mismatch") << QString()
                         << QString() << true;
    QTest::newRow("quoting")
        << QVector<CommandLineEdit>{operationEdit(EditOperation::Kind::AddRequirement,
                                                  QStringLiteral("pywin32>=306; sys_platform == 'win32'"))}
        << plain
        << QStringLiteral("envlens-cli edit /m/model --add 'pywin32>=306; sys_platform == '\\''win32'\\'''")
        << QString()
        << QStringLiteral("mlflow models update-pip-requirements -m /m/model add "
                          "'pywin32>=306; sys_platform == '\\''win32'\\'''")
        << false;
    QTest::newRow("comments")
        << QVector<CommandLineEdit>{operationEdit(EditOperation::Kind::AddRequirement,
                                                  QStringLiteral("pandas==2.2.1"))}
        << QStringLiteral("# pinned by the trainer\nmlflow==2.12.1\n-c constraints.txt\n")
        << QStringLiteral("envlens-cli edit /m/model --add pandas==2.2.1") << QString() << QString() << true;
}

void TestCommandLine::commands()
{
    QFETCH(QVector<CommandLineEdit>, edits);
    QFETCH(QString, requirementsTxt);
    QFETCH(QString, envlens);
    QFETCH(QString, overrideContent);
    QFETCH(QString, mlflow);
    QFETCH(bool, mlflowRefused);

    const EditCommandLines lines = buildEditCommandLines(QStringLiteral("/m/model"), edits,
                                                         mlflowFileRefusal(requirementsTxt, {}));
    QCOMPARE(lines.envlens, envlens);
    QCOMPARE(lines.overrideContent, overrideContent);
    QCOMPARE(lines.mlflow, mlflow);
    QCOMPARE(lines.mlflowRefusal.isEmpty(), !mlflowRefused);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
