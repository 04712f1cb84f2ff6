#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything, starts cabinet-server with demo data on a free loopback port
# and opens the desktop client against it. The server stops when the client closes.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"

state=${CABINET_DEMO_DIR:-$HOME/.local/share/cabinet-demo}
mkdir -p "$state"
db="$state/demo.db"
fifo=$(mktemp -u); mkfifo "$fifo"
build/dev/server/cabinet-server --listen 127.0.0.1:0 --db "sqlite:$db" --seed demo \
  --fake-clock --bootstrap-staff staff@unitalk.example:staff-demo-pass \
  --payment-secret demo-payment-secret >"$fifo" 2>"$state/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$fifo"' EXIT
read -r first <"$fifo"
url=${first#listening on }
cat "$fifo" >>"$state/server.log" &
echo "cabinet-server: $url (log: $state/server.log)"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  echo "No display found: running the client under Xvfb (xvfb-run)."
  xvfb-run -a build/dev/ui/cabinet --server "$url"
else
  build/dev/ui/cabinet --server "$url"
fi
