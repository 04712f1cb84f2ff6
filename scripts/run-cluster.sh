#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Several stateless cabinet-server processes on one PostgreSQL database behind HAProxy
# (docs/readme/postgres.md § Cluster). Run as root (PostgreSQL runs as the postgres user).
#
#   bash scripts/run-cluster.sh start [--servers 3] [--port 8080] [--seed demo|none] [--build DIR] [--dir DIR]
#   bash scripts/run-cluster.sh status|stop [--dir DIR]
#   bash scripts/run-cluster.sh start-server N [--dir DIR]     # (re)start server N after a crash
#   bash scripts/run-cluster.sh sql "SELECT ..." [--dir DIR]    # psql as the superuser on the cluster's database
#
# Point the client at HAProxy: cabinet --server http://127.0.0.1:8080 (demo logins: README.md).
# Everything lives in --dir (default ~/.local/share/cabinet-cluster): PostgreSQL's data, logs,
# pid files and haproxy.cfg. `stop` keeps the data; delete the folder to start over.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/pg-local.sh"

command=${1:-start}
shift || true
server_number=
if [ "$command" = start-server ]; then server_number=${1:?start-server needs the server number}; shift; fi
if [ "$command" = sql ]; then sql_text=${1:?sql needs a statement}; shift; fi
servers=3 port=8080 seed=demo build= dir=${CABINET_CLUSTER_DIR:-$HOME/.local/share/cabinet-cluster}
while [ $# -gt 0 ]; do
    case $1 in
    --servers) servers=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
    esac
done
dir=$(mkdir -p "$dir" && cd "$dir" && pwd)
env_file=$dir/cluster.env

server_binary() {
    for candidate in "$build" "$root/build/dev" "$root/build/ci"; do
        [ -n "$candidate" ] && [ -x "$candidate/server/main/cabinet-server" ] && { echo "$candidate/server/main/cabinet-server"; return; }
    done
    echo "building cabinet-server (cmake --preset dev)" >&2
    (cd "$root" && cmake --preset dev >/dev/null && cmake --build build/dev -j "$(nproc)" --target cabinet-server >&2)
    echo "$root/build/dev/server/main/cabinet-server"
}

# A killed server may stay a zombie when nothing reaps it (PID 1 of a container): not alive.
alive() {
    local state
    [ -f "$1" ] && state=$(ps -o stat= -p "$(cat "$1")" 2>/dev/null) && [ -n "$state" ] && [ "${state:0:1}" != Z ]
}

wait_healthy() { # port
    for _ in $(seq 1 600); do
        curl -fs "http://127.0.0.1:$1/api/v1/health" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}

start_server() { # number; settings from cluster.env
    local n=$1 extra=()
    . "$env_file"
    local staff=$STAFF
    local server_port_var=SERVER_PORT_$n
    local server_port=${!server_port_var}
    alive "$dir/server-$n.pid" && { echo "server $n is running (pid $(cat "$dir/server-$n.pid"))"; return 0; }
    # The demo data goes into a new database only: a restart (after `stop`, or start-server 1
    # after a crash) finds its projects there and keeps them.
    local customers=0
    if [ "$(pg_local_sql "$dir/pg" "$PG_PORT" cabinet "SELECT to_regclass('projects') IS NOT NULL")" = t ]; then
        customers=$(pg_local_sql "$dir/pg" "$PG_PORT" cabinet "SELECT count(*) FROM projects")
    fi
    if [ "$n" = 1 ] && [ "$SEED" = demo ] && [ "$customers" = 0 ]; then
        extra=(--seed demo --seed-busy 2000)
        staff= # the demo's own staff user (README.md)
    fi
    # Secrets go through the environment, never argv (ps shows argv to every user). A cluster.env
    # written by an older version of this script has the password in DB_URL: it is taken out.
    local environment=("PGPASSWORD=$DB_PASSWORD" "CABINET_PAYMENT_SECRET=$PAYMENT_SECRET")
    [ -z "$staff" ] || environment+=("CABINET_BOOTSTRAP_STAFF=$staff")
    env "${environment[@]}" setsid "$BINARY" --listen "127.0.0.1:$server_port" --db "${DB_URL/app:app@/app@}" "${extra[@]}" \
        >>"$dir/server-$n.log" 2>&1 </dev/null &
    echo $! >"$dir/server-$n.pid"
    wait_healthy "$server_port" || { echo "server $n did not become healthy; see $dir/server-$n.log" >&2; return 1; }
    echo "server $n: http://127.0.0.1:$server_port (pid $(cat "$dir/server-$n.pid"), log $dir/server-$n.log)"
}

write_haproxy_config() {
    . "$env_file"
    {
        echo "global"
        echo "    maxconn 4096"
        echo "defaults"
        echo "    mode http"
        echo "    timeout connect 2s"
        echo "    timeout client 60s"
        echo "    timeout server 60s"
        # A request that could not reach a server goes to another one; a request that did reach
        # one is never resent by HAProxy: clients resend it with the same Idempotency-Key (R23).
        echo "    retries 3"
        echo "    option redispatch"
        echo "frontend cabinet"
        echo "    bind 127.0.0.1:$LB_PORT"
        echo "    default_backend servers"
        echo "backend servers"
        echo "    balance roundrobin"
        echo "    option httpchk GET /api/v1/health"
        echo "    http-check expect status 200"
        echo "    default-server inter 500ms fall 2 rise 1 on-marked-down shutdown-sessions"
        for n in $(seq 1 "$SERVERS"); do
            local server_port_var=SERVER_PORT_$n
            echo "    server s$n 127.0.0.1:${!server_port_var} check"
        done
    } >"$dir/haproxy.cfg"
}

case $command in
start)
    if [ ! -f "$env_file" ]; then
        {
            echo "BINARY=$(server_binary)"
            echo "SERVERS=$servers"
            echo "LB_PORT=$port"
            pg_port=$(free_port)
            echo "PG_PORT=$pg_port"
            echo "DB_URL=postgresql://app@127.0.0.1:$pg_port/cabinet"
            echo "SEED=$seed"
            echo "STAFF=${CABINET_STAFF:-staff@cluster.local:cluster-staff-pass}"
            echo "PAYMENT_SECRET=${CABINET_PAYMENT_SECRET:-cluster-payment-secret}"
            for n in $(seq 1 "$servers"); do echo "SERVER_PORT_$n=$(free_port)"; done
        } >"$env_file"
    fi
    . "$env_file"
    grep -q '^DB_PASSWORD=' "$env_file" || echo "DB_PASSWORD=app" >>"$env_file" # the pg-local.sh role's
    . "$env_file"
    if [ ! -f "$dir/pg/postgres.log" ] || ! pg_local_sql "$dir/pg" "$PG_PORT" postgres "SELECT 1" >/dev/null 2>&1; then
        pg_local_start "$dir/pg" "$PG_PORT"
    fi
    [ "$(pg_local_sql "$dir/pg" "$PG_PORT" postgres "SELECT count(*) FROM pg_database WHERE datname = 'cabinet'")" = 1 ] ||
        pg_local_database "$dir/pg" "$PG_PORT" cabinet
    echo "PostgreSQL: 127.0.0.1:$PG_PORT, data in $dir/pg"
    for n in $(seq 1 "$SERVERS"); do start_server "$n"; done
    write_haproxy_config
    alive "$dir/haproxy.pid" && kill "$(cat "$dir/haproxy.pid")"
    haproxy -q -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
    wait_healthy "$LB_PORT" || { echo "HAProxy does not answer on $LB_PORT" >&2; exit 1; }
    echo "HAProxy: http://127.0.0.1:$LB_PORT  ->  $SERVERS servers (health checks on /api/v1/health)"
    echo "client:  cabinet --server http://127.0.0.1:$LB_PORT"
    echo "stop:    bash $0 stop --dir $dir"
    ;;
start-server)
    start_server "$server_number"
    ;;
status)
    . "$env_file"
    for n in $(seq 1 "$SERVERS"); do
        alive "$dir/server-$n.pid" && echo "server $n: running" || echo "server $n: stopped"
    done
    alive "$dir/haproxy.pid" && echo "haproxy: running on $LB_PORT" || echo "haproxy: stopped"
    ;;
sql)
    . "$env_file"
    pg_local_sql "$dir/pg" "$PG_PORT" cabinet "$sql_text"
    ;;
stop)
    . "$env_file"
    alive "$dir/haproxy.pid" && kill "$(cat "$dir/haproxy.pid")"
    for n in $(seq 1 "$SERVERS"); do
        alive "$dir/server-$n.pid" && kill "$(cat "$dir/server-$n.pid")"
    done
    for n in $(seq 1 "$SERVERS"); do
        while alive "$dir/server-$n.pid"; do sleep 0.1; done
    done
    pg_local_stop "$dir/pg"
    echo "stopped (data kept in $dir)"
    ;;
*)
    echo "unknown command $command (start, stop, status, start-server N, sql)" >&2
    exit 2
    ;;
esac
