#!/usr/bin/env bash
# Takes the README screenshot: runs the GUI under Xvfb on the bundled example and grabs the
# screen with ImageMagick's `import`. Usage: packaging/screenshot.sh [BUILD_DIR] [OUTPUT]
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build/release}"
output="${2:-$here/docs/screenshot.png}"
binary="$build/app/envlens"
[ -x "$binary" ] || { echo "screenshot: $binary not found (build the release preset first)" >&2; exit 1; }
mkdir -p "$(dirname "$output")"

# A private settings folder and example copy, so the picture never shows the user's recent files.
home="$(mktemp -d)"
trap 'kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$home"' EXIT
cp -r "$here/resources/examples/iris-classifier" "$home/iris-classifier"

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp &
xvfb_pid=$!
for _ in $(seq 50); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done

HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" DISPLAY="$display" \
  QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8 "$binary" "$home/iris-classifier" &
app_pid=$!
sleep "${SCREENSHOT_DELAY:-4}"
# Maximise the window so the picture shows the whole layout at a common laptop size.
if command -v xdotool >/dev/null; then
  DISPLAY="$display" xdotool search --sync --onlyvisible --class envlens windowsize 1366 768 windowmove 0 0 || true
  sleep 1
fi
DISPLAY="$display" import -window root "$output"
echo "screenshot: wrote $output"
