#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the documentation screenshots (docs/screenshots/) from a fresh demo server with the
# client's --screenshot mode, offscreen. Usage: scripts/screenshots.sh [BUILD_DIR] (default build/dev).
# The Reports and offline screenshots come from their GUI tests (CABINET_SCREENSHOT_DIR, see
# docs/readme/offline.md).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
out=docs/screenshots
tmp=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$tmp"' EXIT

server_bin=$build/server/main/cabinet-server
"$server_bin" --listen 127.0.0.1:0 --db "sqlite:$tmp/demo.db" --seed demo \
  >"$tmp/out" 2>"$tmp/log" &
server=$!
for _ in $(seq 1 600); do
  grep -q '^listening on ' "$tmp/out" 2>/dev/null && break
  sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$tmp/out")
[[ -n $url ]] || { echo "server did not start" >&2; cat "$tmp/log" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
shot() { # PAGE FILE EMAIL PASSWORD [extra args]
  local page=$1 file=$2 email=$3 password=$4; shift 4
  "$build/ui/cabinet" --screenshot "$page" "$out/$file" --server "$url" --email "$email" --password "$password" "$@"
  echo "wrote $out/$file"
}
shot signin signin.png owner@demo.unitalk demo-owner
shot balance balance-owner.png owner@demo.unitalk demo-owner --project 2
shot balance-charts balance-charts-owner.png owner@demo.unitalk demo-owner --project 2
shot balance-charts balance-charts-owner-dark.png owner@demo.unitalk demo-owner --project 2 --dark
shot referral referral-owner.png owner@demo.unitalk demo-owner --project 2
shot referral referral-owner-dark.png owner@demo.unitalk demo-owner --project 2 --dark
shot users users-owner.png owner@demo.unitalk demo-owner --project 2
shot balance balance-owner-uk.png owner@demo.unitalk demo-owner --project 2 --language uk
shot balance balance-owner-ru.png owner@demo.unitalk demo-owner --project 2 --language ru
shot balance balance-administrator.png admin@demo.unitalk demo-admin --project 2
shot users users-administrator.png admin@demo.unitalk demo-admin --project 2
shot settings settings-administrator.png admin@demo.unitalk demo-admin --project 2
shot settings settings-owner.png owner@demo.unitalk demo-owner --project 2
shot payments payments-owner.png owner@demo.unitalk demo-owner --project 2
shot payments payments-administrator.png admin@demo.unitalk demo-admin --project 2
shot autotopup autotopup-owner.png owner@demo.unitalk demo-owner --project 2
shot autotopup autotopup-administrator.png admin@demo.unitalk demo-admin --project 2
shot whopays whopays-owner.png owner@demo.unitalk demo-owner --project 2
shot whopays whopays-administrator.png admin@demo.unitalk demo-admin --project 2
# The bell lists what came after the last event this user saw in this project (R31: a reopen reads
# only what is new), and the shots above saw them all: the bell's shots get settings of their own.
XDG_CONFIG_HOME="$tmp/config-bell" shot notifications notifications-owner.png owner@demo.unitalk demo-owner --project 2
XDG_CONFIG_HOME="$tmp/config-bell" shot notifications notifications-administrator.png admin@demo.unitalk demo-admin --project 2
shot audit audit-owner.png owner@demo.unitalk demo-owner --project 2
shot audit audit-administrator.png admin@demo.unitalk demo-admin --project 2
shot noaccess noaccess-supervisor.png supervisor@demo.unitalk demo-supervisor --project 2
shot balance balance-busy-project.png busy@demo.unitalk demo-busy --project 1
shot balance-charts balance-charts-busy.png busy@demo.unitalk demo-busy --project 1
