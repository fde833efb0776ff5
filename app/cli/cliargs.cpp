#include "cli/cliargs.h"

#include <QCoreApplication>

namespace envlens::cli {

bool takeValue(const QStringList &args, int &i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args.at(i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    if (arg != name)
        return false;
    if (i + 1 >= args.size()) {
        *error = QCoreApplication::translate("envlens::cli", "%1 needs a value").arg(name);
        return true;
    }
    *value = args.at(++i);
    return true;
}

} // namespace envlens::cli
