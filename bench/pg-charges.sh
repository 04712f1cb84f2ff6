#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Charges per second on PostgreSQL, side by side in one run (docs/readme/postgres.md § Figures):
# the hand-written pgbench charge (bench/pgbench/charge.sql, as many clients as the bench's connections),
# then cabinet-bench-charges
# with one and with two servers on one database, for each server binary given, REPS times over.
#   bash bench/pg-charges.sh [--reps 3] [--seconds 10] [--projects 1] [--connections 16] [--other-projects 0]
#                            BUILD_DIR [LABEL=SERVER_BINARY ...]
# Without LABEL=BINARY pairs it measures BUILD_DIR's own cabinet-server. --other-projects N puts N more
# customers (projects with their accounts, never charged) in the server's database first, written by
# SQL, as a real platform has: the charges' queries must not grow with them. Needs root (PostgreSQL).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../scripts/lib/pg-local.sh"

reps=3 seconds=10 projects=1 connections=16 others=0
while [ $# -gt 0 ]; do
    case $1 in
    --reps) reps=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --projects) projects=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --other-projects) others=$2; shift 2 ;;
    *) break ;;
    esac
done
build=${1:?usage: pg-charges.sh [--reps N] [--seconds S] [--projects P] BUILD_DIR [LABEL=BINARY ...]}
shift
bench=$build/bench/cabinet-bench-charges
binaries=("$@")
[ ${#binaries[@]} -gt 0 ] || binaries=("current=$build/server/main/cabinet-server")

dir=$(mktemp -d /tmp/pg-charges.XXXXXX)
port=$(free_port)
trap 'pg_local_stop "$dir"; rm -rf "$dir"' EXIT
pg_local_start "$dir" "$port"
url() { echo "postgresql://app:app@127.0.0.1:$port/$1"; }

figure() { # the charges/s and latency part of cabinet-bench-charges' line
    sed -n 's/^HTTP charges (group commit): \([0-9]*\) charges\/s over [0-9]* connections, [0-9]* ok, \([0-9]*\) failed, p50 \([0-9.]*\) ms, p99 \([0-9.]*\) ms.*/\1 \/s (failed \2, p50 \3 ms, p99 \4 ms)/p'
}

for rep in $(seq "$reps"); do
    pg_local_database "$dir" "$port" pgbench
    pg_local_sql "$dir" "$port" pgbench "$(cat "$here/pgbench/charge-schema.sql")"
    tps=$(runuser -u postgres -- "$PG_BIN/pgbench" -n -M prepared -c "$connections" -j 2 -T "$seconds" -h "$dir/sock" -p "$port" \
              -U postgres -D projects="$projects" -f "$here/pgbench/charge.sql" pgbench 2>/dev/null | sed -n 's/^tps = \([0-9]*\).*/\1/p')
    echo "rep $rep  pgbench hand-written charge, $connections clients: $tps tps"
    for entry in "${binaries[@]}"; do
        label=${entry%%=*} binary=${entry#*=}
        for servers in 1 2; do
            pg_local_database "$dir" "$port" charges
            if [ "$others" -gt 0 ]; then
                "$binary" verify --db "$(url charges)" >/dev/null # creates the schema
                pg_local_sql "$dir" "$port" charges \
                    "INSERT INTO projects (name, referral_code, created_at) SELECT 'other ' || g, 'other-' || g, 0 FROM generate_series(1, $others) g" \
                    "INSERT INTO accounts (project_id, kind, balance) SELECT p.id, k, 0 FROM projects p,
                         unnest(ARRAY['main', 'bonus', 'credit', 'referral', 'referral_reserved']) k" \
                    "ANALYZE" >/dev/null
            fi
            line=$("$bench" --server-binary "$binary" --db "$(url charges)" --connections "$connections" --seconds "$seconds" \
                       --servers "$servers" --projects "$projects" 2>&1 | figure || true)
            echo "rep $rep  $label, $servers server(s), $projects project(s) (+$others others), $connections connections: ${line:-failed}"
        done
    done
done
