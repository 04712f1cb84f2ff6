#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages the build, the tests and the demo need.
# Safe to run again: it only calls apt-get when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config file dpkg-dev
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  qtkeychain-qt6-dev libgl-dev xvfb xauth
  postgresql libpq-dev libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev
  libboost1.81-dev libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  gnome-keyring libsecret-1-0 dbus dbus-x11 appstream curl jq unzip poppler-utils fonts-dejavu-core desktop-file-utils
  qt6-translations-l10n
  python3 python3-jsonschema python3-yaml haproxy openssl
  clang-15 libfuzzer-15-dev libclang-common-15-dev llvm-15
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
