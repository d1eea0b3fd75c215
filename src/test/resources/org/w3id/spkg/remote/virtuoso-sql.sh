#!/usr/bin/env bash
# Runs a SQL file as dba on a Virtuoso started by virtuoso-start.sh, failing when a statement fails
# (isql-vt itself exits 0 then, so its output is searched for '*** Error').
#
#   virtuoso-sql.sh DIR FILE [-u NAME=VALUE ...]
#
# The port and password are read from DIR (sql-port, dba-password; 'dba' until one is set).
set -euo pipefail
dir="${1:?usage: virtuoso-sql.sh DIR FILE [-u NAME=VALUE ...]}"
file="${2:?usage: virtuoso-sql.sh DIR FILE [-u NAME=VALUE ...]}"
shift 2
server="${VIRTUOSO_T:-$(command -v virtuoso-t || echo /usr/bin/virtuoso-t)}"
isql="$(dirname "$server")/isql-vt"
port="$(cat "$dir/sql-port")"
password="dba"
if [ -f "$dir/dba-password" ]; then password="$(cat "$dir/dba-password")"; fi
out="$("$isql" "127.0.0.1:$port" dba "$password" "$file" "$@" 2>&1)" || { echo "$out" >&2; exit 1; }
if grep -q '^\*\*\* Error' <<< "$out"; then
  echo "virtuoso-sql: $file failed on 127.0.0.1:$port:" >&2
  echo "$out" >&2
  exit 1
fi
