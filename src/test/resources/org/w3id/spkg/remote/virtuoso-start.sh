#!/usr/bin/env bash
# Starts a throwaway Virtuoso 7 (Debian: apt-get install virtuoso-opensource-7-bin) in a fresh
# directory, on loopback ports the caller chooses. It installs nothing.
#
#   virtuoso-start.sh --dir DIR --sql-port N --http-port N [--foreground]
#
# DIR must not exist or be empty; it receives virtuoso.ini (from the template beside this script),
# the database, its log and virtuoso.pid. Once the server answers, the script sets a random dba
# password, grants the anonymous SPARQL user the right to write (virtuoso-grant-update.sql: what
# PUT on /sparql-graph-crud needs) and prints, one per line:
#
#   sql-port=N  http-port=N  pid=P  dir=DIR  dba-password=...  ready
#
# Without --foreground it then exits and leaves the server running: stop it with
# virtuoso-stop.sh DIR. With --foreground it stays until TERM or INT, then stops the server and
# removes DIR (the way a test owns it: stopping this script stops Virtuoso and leaves nothing).
# When the start fails, the script prints the end of Virtuoso's log, stops it and removes DIR.
# VIRTUOSO_T names another virtuoso-t; its isql-vt is looked for beside it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="" sql_port="" http_port="" foreground=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --sql-port) sql_port="$2"; shift 2 ;;
    --http-port) http_port="$2"; shift 2 ;;
    --foreground) foreground=1; shift ;;
    *) echo "virtuoso-start: unknown argument '$1' (expected --dir, --sql-port, --http-port, --foreground)" >&2; exit 2 ;;
  esac
done
for port in "$sql_port" "$http_port"; do
  if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
    echo "virtuoso-start: --sql-port and --http-port need a port number 1-65535, got '$port'" >&2
    exit 2
  fi
done
if [ -z "$dir" ]; then
  echo "virtuoso-start: --dir DIR is required (a new or empty directory for the database)" >&2
  exit 2
fi

server="${VIRTUOSO_T:-$(command -v virtuoso-t || true)}"
isql="$(dirname "${server:-/usr/bin/virtuoso-t}")/isql-vt"
if [ -z "$server" ] || [ ! -x "$server" ] || [ ! -x "$isql" ]; then
  echo "virtuoso-start: no virtuoso-t and isql-vt (install: apt-get install virtuoso-opensource-7-bin," \
    "or set VIRTUOSO_T)" >&2
  exit 3
fi

mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
if [ -n "$(ls -A "$dir")" ]; then
  echo "virtuoso-start: $dir is not empty; give a new or empty directory" >&2
  exit 2
fi
sed -e "s|@DIR@|$dir|g" -e "s|@SQL_PORT@|$sql_port|g" -e "s|@HTTP_PORT@|$http_port|g" \
  "$here/virtuoso.ini" > "$dir/virtuoso.ini"

"$server" +foreground +configfile "$dir/virtuoso.ini" > "$dir/console.log" 2>&1 &
pid=$!
echo "$pid" > "$dir/virtuoso.pid"

stop_server() {
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}
fail() {
  echo "virtuoso-start: $1" >&2
  tail -n 20 "$dir/console.log" >&2 || true
  stop_server
  rm -rf "$dir"
  exit 1
}

echo "$sql_port" > "$dir/sql-port"
sql() { bash "$here/virtuoso-sql.sh" "$dir" "$@"; }

ready=0
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || fail "virtuoso-t exited before it was ready (a port in use?)"
  if grep -q "Server online at" "$dir/console.log" && sql "$here/virtuoso-ping.sql" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.1
done
[ "$ready" = 1 ] || fail "virtuoso-t gave no answer on 127.0.0.1:$sql_port within 60 s"

password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
sql "$here/virtuoso-dba-password.sql" -u "password=$password" || fail "could not set the dba password"
echo "$password" > "$dir/dba-password"
sql "$here/virtuoso-grant-update.sql" || fail "could not grant SPARQL_UPDATE"

printf 'sql-port=%s\nhttp-port=%s\npid=%s\ndir=%s\ndba-password=%s\nready\n' \
  "$sql_port" "$http_port" "$pid" "$dir" "$password"

if [ "$foreground" = 1 ]; then
  trap 'stop_server; rm -rf "$dir"; exit 0' TERM INT
  wait "$pid" || true
fi
