#include "browse/mainwindow.h"
#include "browse/modeltab.h"
#include "browse/dependencytreemodel.h"
#include "browse/overviewpage.h"
#include "common/buildinfo.h"
#include "common/codeview.h"
#include "common/fileviewer.h"
#include "common/settings.h"
#include "compare/comparepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

// The settings language wins over the system locale. A language without a catalogue reads English,
// whose catalogue only holds the plural forms of the %n messages (translations/envlens_en.ts).
void installTranslators(QApplication &app)
{
    const QString language = envlens::Settings::instance().language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtTranslations = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("envlens"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/envlens_en.qm")))
        QApplication::installTranslator(own);
}

// --self-test: the example must load and show something meaningful, within a deadline.
int runSelfTest(QApplication &app, envlens::MainWindow &window)
{
    QTextStream out(stdout);
    int exitCode = 1;
    QObject::connect(&window, &envlens::MainWindow::modelLoadFinished, &app, [&](envlens::ModelTab *tab) {
        QStringList problems;
        if (tab->state() != envlens::ModelTab::State::Loaded) {
            problems << QStringLiteral("the example did not load: ") + tab->outcome().error.toString();
        } else {
            if (tab->overview()->titleLabel()->text() != QLatin1String("iris-classifier"))
                problems << QStringLiteral("overview title is '%1'").arg(tab->overview()->titleLabel()->text());
            if (tab->treeModel()->totalRowCount() < 10)
                problems << QStringLiteral("dependency tree has only %1 rows").arg(tab->treeModel()->totalRowCount());
            if (!tab->openFile(QStringLiteral("requirements.txt"), 4) || tab->fileViewer()->codeView()->markedLine() != 4)
                problems << QStringLiteral("requirements.txt did not open at line 4");
        }
        for (const QString &problem : problems)
            out << "self-test: FAIL: " << problem << Qt::endl;
        if (problems.isEmpty())
            out << "self-test: OK: example loaded, " << tab->treeModel()->totalRowCount() << " tree rows, "
                << tab->diagnostics().size() << " diagnostics" << Qt::endl;
        exitCode = problems.isEmpty() ? 0 : 1;
        app.quit();
    });
    QTimer::singleShot(30000, &app, [&] {
        out << "self-test: FAIL: the example did not finish loading within 30 s" << Qt::endl;
        app.exit(2);
    });
    if (!window.openExample())
        return 1;
    const int loopCode = app.exec();
    return loopCode != 0 ? loopCode : exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources);
    QApplication::setApplicationName(QStringLiteral("EnvLens"));
    QApplication::setOrganizationName(QStringLiteral("EnvLens"));
    QApplication::setApplicationVersion(envlens::BuildInfo::envlensVersion());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.envlens.EnvLens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspect and repair the environments of MLflow models."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption selfTest(QStringLiteral("self-test"),
                                QApplication::translate("main", "Start, open the example model and quit."));
    parser.addOption(selfTest);
    parser.addPositionalArgument(QStringLiteral("model"),
                                 QApplication::translate("main", "A model folder, MLmodel file or zip to open; "
                                                                 "two models to compare (old, new)."),
                                 QStringLiteral("[MODEL] [OLD NEW]"));
    parser.process(app);

    if (parser.isSet(selfTest)) {
        // Nothing real is read or written: no recent files, no window state.
        QStandardPaths::setTestModeEnabled(true);
        envlens::Settings::useTemporaryFile();
    }
    installTranslators(app);

    envlens::MainWindow window;
    window.show();
    if (parser.isSet(selfTest))
        return runSelfTest(app, window);

    const QStringList paths = parser.positionalArguments();
    if (paths.size() == 2)
        envlens::ComparePage::open(&window, paths.at(0), paths.at(1));
    else
        window.openPaths(paths);
    return app.exec();
}
