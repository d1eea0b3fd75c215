#!/usr/bin/env bash
# Under the lock: the one-row query's HTTP cost. The floors (raw socket, bare Jetty) and spkg
# serve on a store (the seed's: `spkg ingest corpus --store STORE`), each measured with the minimal
# keep-alive client and spkg also with the JDK HttpClient, twice (round 1 warms the JIT).
# Needs target/spkg.jar (mvn -o package).
#   flock /tmp/bench.lock bench/results/load-admission/run-http.sh STORE > OUT.txt
set -uo pipefail
store="$1"
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
jar=target/spkg.jar
pids=()
java -cp "$jar" bench/LoopbackFloor.java raw 3097 2>/dev/null & pids+=($!)
java -cp "$jar" bench/LoopbackFloor.java jetty 3098 2>/dev/null & pids+=($!)
java -jar "$jar" serve --port 3099 --store "$store" --no-ingest > /tmp/http-3099.log 2>&1 & pids+=($!)
for i in $(seq 1 120); do curl -sf -o /dev/null http://127.0.0.1:3099/\$/ping && break; sleep 1; done
sleep 2
echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2; do
  for p in 3097 3098 3099; do
    echo "round $round port $p minimal: $(java bench/RawQueryLatency.java $p 20000)"
  done
  echo "round $round port 3099 jdk: $(java bench/SmallQueryLatency.java http://127.0.0.1:3099/spkg/sparql 5000)"
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
kill "${pids[@]}"
