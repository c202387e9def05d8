#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on loopback for the tests and print its SQLAlchemy URL.
# Usage: eval "$(bash .ci/start_postgres.sh [DATADIR])" exports BOLIGSOCIAL_TEST_PG_URL.
# Runs the server as the unprivileged `postgres` user when started as root.
set -euo pipefail

datadir="${1:-/tmp/boligsocial-pgdata}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "FEJL: PostgreSQL-serveren er ikke installeret (apt-get install postgresql)" >&2
  exit 1
fi

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

# A free port on loopback.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

rm -rf "$datadir"
mkdir -p "$datadir"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$datadir"; fi
chmod 700 "$datadir"
as_pg "'$bindir/initdb' -D '$datadir' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >'$datadir.initdb.log' 2>&1" \
  || { echo "FEJL: initdb mislykkedes, se $datadir.initdb.log" >&2; cat "$datadir.initdb.log" >&2; exit 1; }
# fsync off: a throwaway test cluster; speed matters more than crash safety here.
as_pg "'$bindir/pg_ctl' -D '$datadir' -l '$datadir/server.log' -w -t 60 \
  -o \"-h 127.0.0.1 -p $port -k '$datadir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start >/dev/null" \
  || { echo "FEJL: PostgreSQL kunne ikke starte, se $datadir/server.log" >&2; cat "$datadir/server.log" >&2 || true; exit 1; }

ready=0
for _ in $(seq 1 60); do
  if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; then ready=1; break; fi
  sleep 1
done
if [ "$ready" -ne 1 ]; then
  echo "FEJL: PostgreSQL svarede ikke inden for 60 sekunder på 127.0.0.1:$port" >&2
  cat "$datadir/server.log" >&2 || true
  exit 1
fi
"$bindir/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE boligsocial_test" >/dev/null
echo "export BOLIGSOCIAL_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port/boligsocial_test"
echo "export BOLIGSOCIAL_TEST_PG_DATADIR=$datadir"
