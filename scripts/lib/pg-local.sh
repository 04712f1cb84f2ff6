# SPDX-License-Identifier: GPL-3.0-or-later
# A PostgreSQL 15 server in a folder of its own, run as the `postgres` user (no systemd), for
# scripts/run-cluster.sh and bench/pg-charges.sh. Source this file; needs root.
#   pg_local_start DIR PORT   initdb DIR/data (once) and start it on 127.0.0.1:PORT, socket in DIR/sock
#   pg_local_sql DIR PORT DB SQL...   run SQL as the superuser
#   pg_local_database DIR PORT NAME   a fresh database NAME owned by the login role app/app
#   pg_local_stop DIR
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

pg_local_start() {
    local dir=$1 port=$2
    [ "$(id -u)" = 0 ] || { echo "PostgreSQL is run as the postgres user: run this as root" >&2; return 1; }
    [ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL server binaries (apt-get install postgresql)" >&2; return 1; }
    install -d -o postgres -g postgres "$dir" "$dir/sock"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/data" -U postgres -E UTF8 --auth-local=trust \
            --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    fi
    # max_connections: every cabinet-server opens up to 17 (16 readers, 1 writer).
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -o \
        "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
        { tail -20 "$dir/postgres.log" >&2; return 1; }
    pg_local_sql "$dir" "$port" postgres \
        "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app') THEN
             CREATE ROLE app LOGIN PASSWORD 'app'; END IF; END\$\$" >/dev/null
}

pg_local_sql() {
    local dir=$1 port=$2 db=$3
    shift 3
    local args=()
    for sql in "$@"; do args+=(-c "$sql"); done
    runuser -u postgres -- "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/sock" -p "$port" -U postgres -d "$db" -At "${args[@]}"
}

pg_local_database() {
    local dir=$1 port=$2 name=$3
    PGOPTIONS="-c client_min_messages=warning" pg_local_sql "$dir" "$port" postgres "DROP DATABASE IF EXISTS $name" \
        "CREATE DATABASE $name OWNER app"
}

pg_local_stop() {
    local dir=$1
    [ -f "$dir/data/postmaster.pid" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    return 0
}
