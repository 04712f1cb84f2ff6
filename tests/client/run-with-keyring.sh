#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary against a real Secret Service keyring (PLATFORM.md): a private D-Bus
# session with gnome-keyring-daemon unlocked by a throw-away password, in a throw-away HOME,
# so the test never touches the developer's own keyring.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 TEST-BINARY [ARGS...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  printf "keyring-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export CABINET_EXPECT_KEYRING=1
  "$@"
' keyring "$@"
