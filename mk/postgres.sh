#!/bin/sh
# Start a PostgreSQL server for the test suite on 127.0.0.1:$PG_PORT (default 5433).
#
# Idempotent and fast when already done: installs the Debian package only when no
# PostgreSQL binaries exist, initialises a cluster under .pg/ only once, starts it only
# when nothing answers on the port, and creates the role/databases only when missing.
# Writes the test URL to .pg/url (tests read it, or LEGATION_TEST_PG_URL).
set -eu

PORT="${PG_PORT:-5433}"
ROOT="$(pwd)"
PGHOME="${PG_HOME:-$ROOT/.pg}"
DATA="$PGHOME/data"
URL="postgresql://legation:legation@127.0.0.1:$PORT/legation_test"

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    echo "postgres: installing the Debian package postgresql"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    BIN="$(find_bin)"
fi

# PostgreSQL refuses to run as root: use the postgres account then.
if [ "$(id -u)" = 0 ]; then
    RUN_AS="runuser -u postgres --"
else
    RUN_AS=""
fi

mkdir -p "$PGHOME"
[ -f "$PGHOME/.gitignore" ] || printf "*\n" > "$PGHOME/.gitignore"
if [ -n "$RUN_AS" ]; then
    chown postgres "$PGHOME"
fi

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    if [ ! -f "$DATA/PG_VERSION" ]; then
        echo "postgres: initialising a cluster in $DATA"
        $RUN_AS "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    echo "postgres: starting on 127.0.0.1:$PORT"
    $RUN_AS "$BIN/pg_ctl" -D "$DATA" -l "$PGHOME/server.log" -w -t 60 \
        -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi

psql_su() {
    "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres "$@"
}

if [ "$(psql_su -tA -c "SELECT 1 FROM pg_roles WHERE rolname = 'legation'")" != "1" ]; then
    psql_su -c "CREATE ROLE legation LOGIN PASSWORD 'legation' CREATEDB"
fi
for db in legation legation_test; do
    if [ "$(psql_su -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
        psql_su -c "CREATE DATABASE $db OWNER legation"
    fi
done

printf '%s\n' "$URL" > "$PGHOME/url"
echo "postgres: ready at $URL"
