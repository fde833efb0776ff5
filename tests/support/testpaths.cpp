#include "testpaths.h"

#include <QDir>

namespace envlens::test {

QString dataDir() { return QStringLiteral(ENVLENS_TEST_DATA_DIR); }
QString sharedDir() { return QDir::cleanPath(QStringLiteral(ENVLENS_SHARED_DIR)); }
QString corpusDir() { return sharedDir() + QStringLiteral("/corpus"); }
QString sourceDir() { return QStringLiteral(ENVLENS_SOURCE_DIR); }
QString examplesDir() { return sourceDir() + QStringLiteral("/resources/examples"); }
QString oraclePython() { return QStringLiteral(ENVLENS_ORACLE_PYTHON); }
QString cliPath() { return qEnvironmentVariable("ENVLENS_CLI"); }
QString guiPath() { return qEnvironmentVariable("ENVLENS_GUI"); }

} // namespace envlens::test
