#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL server for tests from the installed
# server binaries. Usage: scripts/pg.sh start|stop|url [DATADIR] [PORT]
# The server runs as the postgres user when invoked as root (PostgreSQL refuses
# to run as root), trusts local connections, and listens on 127.0.0.1:PORT.
set -euo pipefail
cmd=${1:-start}
DATADIR=${2:-${PGTEST_DIR:-/tmp/rollup-test-pg}}
PORT=${3:-${PGTEST_PORT:-55432}}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
URL="postgres://postgres@127.0.0.1:$PORT/postgres?sslmode=disable"

as_pg() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  if [[ -z "$PGBIN" || ! -x "$PGBIN/postgres" ]]; then
    echo "pg.sh: PostgreSQL server binaries not found (install postgresql-15 or set PGBIN)" >&2
    exit 1
  fi
  if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then echo "$URL"; exit 0; fi
  mkdir -p "$DATADIR"
  [[ $(id -u) == 0 ]] && chown postgres:postgres "$DATADIR"
  if [[ ! -f "$DATADIR/PG_VERSION" ]]; then
    as_pg "$PGBIN/initdb" -D "$DATADIR" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_pg "$PGBIN/pg_ctl" -D "$DATADIR" -l "$DATADIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DATADIR -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=on -c synchronous_commit=on" start >/dev/null
  echo "$URL"
  ;;
stop)
  [[ -f "$DATADIR/postmaster.pid" ]] && as_pg "$PGBIN/pg_ctl" -D "$DATADIR" -m fast -w stop >/dev/null || true
  ;;
url) echo "$URL" ;;
*) echo "usage: $0 start|stop|url [DATADIR] [PORT]" >&2; exit 2 ;;
esac
