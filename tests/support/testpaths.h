#pragma once

#include <QString>

namespace envlens::test {

// Where the tests find their inputs; set by tests/CMakeLists.txt at build time.
QString dataDir();                  // tests/data: our own fixtures
QString sharedDir();                // ../shared: the real MLflow corpus and the SARIF schema
QString corpusDir();                // ../shared/corpus
QString sourceDir();                // the checkout
QString examplesDir();              // resources/examples
QString oraclePython();             // Debian's /usr/bin/python3 with packaging, yaml, pip
QString cliPath();                  // the envlens-cli binary under test
QString guiPath();                  // the envlens binary under test

} // namespace envlens::test
