#!/usr/bin/env bash
# Installs everything EnvLens needs to build and test on Debian 12 / Ubuntu.
# Idempotent: packages already present are left alone; runs apt through sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build git pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-5compat-dev
  qtbase5-dev qttools5-dev qttools5-dev-tools
  libkf5syntaxhighlighting-dev
  libquazip1-qt6-dev libquazip1-qt5-dev
  libyaml-cpp-dev libdtl-dev
  xvfb xauth xdotool imagemagick unzip zip fonts-noto-cjk
  python3 python3-packaging python3-yaml python3-pip python3-jsonschema
  desktop-file-utils appstream
  openjdk-17-jdk-headless   # `jar`, one of the zip writers the loader is tested against
)
# KF6 syntax highlighting is used where the distribution ships it (not Debian 12).
optional=(libkf6syntaxhighlighting-dev)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: all packages present"
fi

for p in "${optional[@]}"; do
  if apt-cache show "$p" >/dev/null 2>&1; then
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$p" >/dev/null || true
  fi
done
