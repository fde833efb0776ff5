#!/usr/bin/env bash
# Installs the dependencies, then builds and runs the whole test suite in every tested variant:
# Qt 6 (dev), Qt 5.15 with KF5 SyntaxHighlighting (qt5), and Qt 6 under ASan+UBSan (asan).
# Usage: packaging/test-all.sh [PRESET...]   (default: dev qt5 asan)
#
# ENVLENS_TIME_BUDGET (seconds, default 4800) keeps a CI run inside its limit: a variant that
# starts after 45% of the budget is spent is skipped, and said so, rather than overrunning.
# Compiler warnings are counted and printed; ENVLENS_STRICT=1 makes them fatal (-Werror).
set -euo pipefail
cd "$(dirname "$0")/.."

./packaging/install-deps.sh

presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(dev qt5 asan)
budget=${ENVLENS_TIME_BUDGET:-4800}
werror=OFF
[ "${ENVLENS_STRICT:-0}" = 1 ] && werror=ON

passed=0
failed=0
status=0
for preset in "${presets[@]}"; do
  if [ "$preset" != "${presets[0]}" ] && [ $SECONDS -gt $((budget * 45 / 100)) ]; then
    echo "=== ${preset}: SKIPPED, ${SECONDS} s of the ${budget} s budget already spent"
    continue
  fi
  start=$SECONDS
  echo "=== ${preset}: configure and build"
  buildlog="build-${preset}.log"
  cmake --preset "$preset" -DENVLENS_WARNINGS_AS_ERRORS=$werror >"$buildlog" 2>&1 || { cat "$buildlog"; exit 1; }
  cmake --build --preset "$preset" -- -k 0 >>"$buildlog" 2>&1 || { grep -E "error|FAILED" "$buildlog" | head -50; status=1; }
  echo "=== ${preset}: $(grep -c 'warning:' "$buildlog" || true) compiler warnings"
  grep -E 'warning:' "$buildlog" | sort -u | head -20 || true
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
