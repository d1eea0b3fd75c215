#!/usr/bin/env bash
# Stops a Virtuoso started by virtuoso-start.sh (without --foreground) and removes its directory.
#
#   virtuoso-stop.sh DIR [--keep]
#
# --keep leaves DIR (database, virtuoso.log) in place for a look afterwards.
set -euo pipefail
dir="${1:?usage: virtuoso-stop.sh DIR [--keep]}"
if [ ! -f "$dir/virtuoso.pid" ]; then
  echo "virtuoso-stop: no $dir/virtuoso.pid: was DIR made by virtuoso-start.sh?" >&2
  exit 2
fi
pid="$(cat "$dir/virtuoso.pid")"
if kill -TERM "$pid" 2>/dev/null; then
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
fi
if [ "${2:-}" != "--keep" ]; then
  rm -rf "$dir"
fi
