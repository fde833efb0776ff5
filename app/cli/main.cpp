#include "common/buildinfo.h"

#include <QCoreApplication>
#include <QTextStream>

// Placeholder dispatcher; commands arrive with their issues.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("envlens-cli"));
    QCoreApplication::setApplicationVersion(envlens::BuildInfo::envlensVersion());
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("--version")) {
        out << "envlens-cli " << envlens::BuildInfo::envlensVersion() << '\n';
        return 0;
    }
    QTextStream(stderr) << "usage: envlens-cli --version\n";
    return 2;
}
