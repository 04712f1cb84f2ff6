#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything, starts cabinet-server with demo data on a free loopback port
# and opens the desktop client against it. The server stops when the client closes.
# The demo database is kept in $CABINET_DEMO_DIR (default ~/.local/share/cabinet-demo);
# delete it to start over. Demo logins: README.md, "Demo data".
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"

state=${CABINET_DEMO_DIR:-$HOME/.local/share/cabinet-demo}
mkdir -p "$state"
: >"$state/server.out"
# The server refuses --seed demo on a database with data: seed only a new one. The payment secret
# goes through the environment, where `ps` does not show it.
seed=()
[[ -e $state/demo.db ]] || seed=(--seed demo)
CABINET_PAYMENT_SECRET=demo-payment-secret \
  build/dev/server/main/cabinet-server --listen 127.0.0.1:0 --db "sqlite:$state/demo.db" "${seed[@]}" \
  >"$state/server.out" 2>"$state/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT

# The first stdout line names the port; seeding a new database takes a few seconds.
url=
for _ in $(seq 1 1200); do
  first=$(head -n 1 "$state/server.out")
  if [[ $first == "listening on "* ]]; then url=${first#listening on }; break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "cabinet-server did not start:" >&2; cat "$state/server.log" >&2; exit 1
  fi
  sleep 0.1
done
[[ -n $url ]] || { echo "cabinet-server did not report its address in 120 s" >&2; exit 1; }
echo "cabinet-server: $url (database $state/demo.db, log $state/server.log)"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  echo "No display found: running the client under Xvfb (xvfb-run)."
  xvfb-run -a build/dev/ui/cabinet --server "$url"
else
  build/dev/ui/cabinet --server "$url"
fi
