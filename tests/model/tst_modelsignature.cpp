#include "documents/mlmodeldocument.h"
#include "model/modelsignature.h"

#include "testpaths.h"

#include <QFile>
#include <QTest>

using namespace envlens;

namespace {

// One line per entry: "part|name|type|shape|note".
QStringList describe(const ModelSignature &signature)
{
    static const char *const parts[] = {"input", "output", "param"};
    QStringList lines;
    for (const SignatureEntry &e : signature.entries)
        lines << QStringList{QLatin1String(parts[int(e.part)]), e.name, e.type, e.shape, e.note}.join(QLatin1Char('|'));
    return lines;
}

QStringList rows(std::initializer_list<const char *> lines)
{
    QStringList result;
    for (const char *line : lines)
        result << QString::fromUtf8(line);
    return result;
}

QByteArray withSignature(const QByteArray &signature)
{
    return "flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n" + signature;
}

} // namespace

class TestModelSignature : public QObject
{
    Q_OBJECT

private slots:
    void entries_data()
    {
        QTest::addColumn<QByteArray>("mlmodel");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("problem");

        const auto corpus = [](const QString &folder) {
            QFile file(test::corpusDir() + QLatin1Char('/') + folder + QStringLiteral("/MLmodel"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QTest::newRow("corpus ui-fixture-pyfunc: column and named tensor")
            << corpus(QStringLiteral("mlflow-examples/ui-fixture-pyfunc-2.7.1")) << true
            << rows({"input|test_model_input|double||", "output|test_model_output|tensor<float64>|(-1)|"})
            << QString();
        QTest::newRow("corpus azureml: unnamed tensor output")
            << corpus(QStringLiteral("wild/azureml-mlflow-model")) << true
            << rows({"input|Input01|double||", "input|Input02|double||", "input|Input03|double||",
                     "output||tensor<float64>|(-1)|"})
            << QString();
        QTest::newRow("corpus langchain: array of objects, required")
            << corpus(QStringLiteral("mlflow-examples/langchain-2.12-databricks")) << true
            << rows({"input|messages|array<object {content: string, role: string}>||required",
                     "output||string||required"})
            << QString();
        QTest::newRow("no signature") << withSignature("") << false << QStringList() << QString();
        QTest::newRow("null signature") << withSignature("signature: null\n") << false << QStringList() << QString();
        QTest::newRow("params with defaults and shape")
            << withSignature("signature:\n  inputs: '[{\"type\": \"string\", \"required\": false}]'\n"
                             "  params: '[{\"name\": \"temperature\", \"type\": \"double\", \"default\": 0.5, \"shape\": null},"
                             " {\"name\": \"stop\", \"type\": \"string\", \"default\": [\"a\"], \"shape\": [-1]},"
                             " {\"name\": \"mode\", \"type\": \"string\", \"default\": \"fast\"}]'\n")
            << true
            << rows({"input||string||optional", "param|temperature|double||default 0.5",
                     "param|stop|string|[-1]|default [\"a\"]", "param|mode|string||default fast"})
            << QString();
        QTest::newRow("map and 2-d tensor")
            << withSignature("signature:\n  inputs: '[{\"name\": \"m\", \"type\": \"map\", \"values\": {\"type\": \"long\"}},"
                             " {\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"uint8\", \"shape\": [-1, 28, 28]}}]'\n")
            << true << rows({"input|m|map<string, long>||", "input||tensor<uint8>|(-1, 28, 28)|"}) << QString();
        QTest::newRow("invalid JSON names the part and line")
            << withSignature("signature:\n  inputs: '[{\"name\": \"a\", \"type\": \"double\"}]'\n  outputs: '[{oops'\n")
            << true << rows({"input|a|double||"}) << QStringLiteral("MLmodel:6:12: signature.outputs is not readable");
        QTest::newRow("JSON that is not a list")
            << withSignature("signature:\n  inputs: '{\"name\": \"a\"}'\n") << true << QStringList()
            << QStringLiteral("MLmodel:5:11: signature.inputs is not readable: not a JSON list of specs");
    }

    void entries()
    {
        QFETCH(QByteArray, mlmodel);
        QFETCH(bool, present);
        QFETCH(QStringList, expected);
        QFETCH(QString, problem);
        QVERIFY(!mlmodel.isEmpty());
        const Result<MLmodelDocument> document = MLmodelDocument::parse(mlmodel);
        QVERIFY(document.ok());
        const ModelSignature signature = ModelSignature::fromMLmodel(*document);
        QCOMPARE(signature.present, present);
        QCOMPARE(describe(signature), expected);
        if (problem.isEmpty()) {
            QVERIFY(signature.problems.isEmpty());
        } else {
            QCOMPARE(signature.problems.size(), 1);
            QVERIFY2(signature.problems.first().toString().startsWith(problem),
                     qPrintable(signature.problems.first().toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestModelSignature)
#include "tst_modelsignature.moc"
