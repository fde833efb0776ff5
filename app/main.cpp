#include "common/buildinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EnvLens"));
    QApplication::setApplicationVersion(envlens::BuildInfo::envlensVersion());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption selfTest(QStringLiteral("self-test"),
                                QApplication::translate("main", "Start, open the example model and quit."));
    parser.addOption(selfTest);
    parser.process(app);

    QLabel label(QApplication::translate("main", "EnvLens"));
    label.show();
    if (parser.isSet(selfTest))
        QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
