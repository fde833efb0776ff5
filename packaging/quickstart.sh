#!/usr/bin/env bash
# Installs the dependencies, builds the release preset and starts EnvLens on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/app/envlens "$@" resources/examples/iris-classifier
