#pragma once

#include <QString>
#include <QStringList>

namespace envlens::cli {

// Reads the option `name` at args[i] as "--name value" or "--name=value". Returns false when
// args[i] is not that option; otherwise stores the value (advancing i past a separate value),
// or sets *error when the value is missing.
bool takeValue(const QStringList &args, int &i, const QString &name, QString *value, QString *error);

} // namespace envlens::cli
