#!/usr/bin/env bash
# Under the lock: an spkg server with admission control (its defaults unless ARGS) on the
# 10,000-document store, the full pack mix at 1, 4, 16 and 64 clients, then the server stopped.
#   flock /tmp/bench.lock /work/bench10k/run-load.sh OUT_DIR SECONDS [SERVE_ARGS...]
set -euo pipefail
out="$1"; seconds="$2"; shift 2
cd /work/wt/i17-admission
java -Xmx4g -jar /work/bench10k/spkg-admission.jar serve --store /work/bench10k/store --port 3041 \
  --no-ingest "$@" > "/tmp/$(basename "$out").serve.log" 2>&1 &
server=$!
for i in $(seq 1 120); do curl -sf -o /dev/null http://127.0.0.1:3041/\$/ping && break; sleep 1; done
echo "run-load: $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) serve $*" >&2
BENCH_BUILD=no BENCH_LOCK=none bench/run LoadBenchmark http://127.0.0.1:3041 \
  bench/results/queries-10k-after.texts.json "$out" 1,4,16,64 "$seconds" 0 "$server" || true
echo "run-load: done $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
kill "$server"; wait "$server" || true
