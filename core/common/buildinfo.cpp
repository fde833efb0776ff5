#include "common/buildinfo.h"

#include <QtGlobal>

namespace envlens {

QString BuildInfo::envlensVersion() { return QStringLiteral(ENVLENS_VERSION); }

QString BuildInfo::qtVersion() { return QString::fromLatin1(qVersion()); }

// yaml-cpp exposes no version at run time, so the build records the one CMake found.
QString BuildInfo::yamlCppVersion() { return QStringLiteral(ENVLENS_YAML_CPP_VERSION); }

QString BuildInfo::quazipVersion() { return QStringLiteral(ENVLENS_QUAZIP_VERSION); }

} // namespace envlens
