#!/usr/bin/env bash
# Under the lock: an spkg server with admission control (its defaults unless SERVE_ARGS) on a
# store (the 10,000-document one of bench/README.md), the full pack mix at 1, 4, 16 and 64 clients,
# then the server stopped; the collector pauses of server and clients go to OUT_DIR/serve-gc.log
# and OUT_DIR/client-gc.log. Needs target/spkg.jar and the test classes (mvn -o package).
#   flock /tmp/bench.lock bench/results/load-admission/run-load.sh STORE OUT_DIR SECONDS [SERVE_ARGS...]
# SERVE_JVM (default -Xmx4g and the pause target ./spkg serve sets) are the server's JVM options;
# LEVELS (default 1,4,16,64) the clients; CLIENT_NICE, when set, the load generator's nice value
# (below 0 needs root: a trial of the clients taking the processors before the server, as clients
# on machines of their own would).
set -euo pipefail
store="$1"; out="$2"; seconds="$3"; shift 3
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
mkdir -p "$out"
# shellcheck disable=SC2086
java ${SERVE_JVM:--Xmx4g -XX:MaxGCPauseMillis=50} "-Xlog:gc:file=$out/serve-gc.log:uptime" -jar target/spkg.jar serve --store "$store" --port 3041 \
  --no-ingest "$@" > "/tmp/$(basename "$out").serve.log" 2>&1 &
server=$!
for i in $(seq 1 120); do curl -sf -o /dev/null http://127.0.0.1:3041/\$/ping && break; sleep 1; done
echo "run-load: $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) jvm ${SERVE_JVM:--Xmx4g -XX:MaxGCPauseMillis=50} serve $*" >&2
nice_client=()
[[ -n "${CLIENT_NICE:-}" ]] && nice_client=(nice -n "$CLIENT_NICE")
JAVA_OPTS="-XX:MaxGCPauseMillis=50 -Xlog:gc:file=$out/client-gc.log:uptime" \
  BENCH_BUILD=no BENCH_LOCK=none ${nice_client[@]+"${nice_client[@]}"} bench/run LoadBenchmark http://127.0.0.1:3041 \
  bench/results/queries-10k-after.texts.json "$out" "${LEVELS:-1,4,16,64}" "$seconds" 0 "$server" || true
echo "run-load: done $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
kill "$server"; wait "$server" || true
