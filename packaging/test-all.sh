#!/usr/bin/env bash
# Installs the dependencies, then builds and runs the whole test suite in every tested variant:
# Qt 6 (dev), Qt 5.15 with KF5 SyntaxHighlighting (qt5), and Qt 6 under ASan+UBSan (asan).
# Usage: packaging/test-all.sh [PRESET...]   (default: dev qt5 asan)
set -euo pipefail
cd "$(dirname "$0")/.."

./packaging/install-deps.sh

presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(dev qt5 asan)

passed=0
failed=0
status=0
for preset in "${presets[@]}"; do
  start=$SECONDS
  echo "=== ${preset}: configure and build"
  cmake --preset "$preset" >"build-${preset}.log" 2>&1 || { cat "build-${preset}.log"; exit 1; }
  rm -f "build-${preset}.log"
  cmake --build --preset "$preset" -- -k 0
  echo "=== ${preset}: test"
  log=$(mktemp)
  if ! ctest --preset "$preset" 2>&1 | tee "$log"; then status=1; fi
  line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -n 1 || true)
  if [ -z "$line" ]; then status=1; fi
  total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
  bad=$(sed -E 's/.*, ([0-9]+) tests failed.*/\1/' <<<"$line")
  passed=$((passed + ${total:-0} - ${bad:-0}))
  failed=$((failed + ${bad:-0}))
  [ "${bad:-1}" = 0 ] || status=1
  rm -f "$log"
  echo "=== ${preset}: done in $((SECONDS - start)) s"
done

echo "all variants: ${passed} passed, ${failed} failed"
exit "$status"
