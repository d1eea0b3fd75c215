#!/usr/bin/env bash
# Under the lock: the one-row query's HTTP cost. Floors (raw socket, bare Jetty) and spkg on the
# seed store (as built: the action log asynchronous; and with main's synchronous log), each
# measured with the minimal keep-alive client and the JDK HttpClient, twice, alternating.
#   flock /tmp/bench.lock /work/bench10k/run-http.sh > OUT.txt
set -uo pipefail
cd /work/wt/i17-admission
jar=/work/bench10k/spkg-admission.jar
pids=()
java -cp "$jar" bench/LoopbackFloor.java raw 3097 2>/dev/null & pids+=($!)
java -cp "$jar" bench/LoopbackFloor.java jetty 3098 2>/dev/null & pids+=($!)
java -jar "$jar" serve --port 3099 --store /tmp/seedstore --no-ingest > /tmp/http-3099.log 2>&1 & pids+=($!)
java -Dlogback.configurationFile=/tmp/lb-sync.xml -jar "$jar" serve --port 3096 --store /tmp/seedstore2 \
  --no-ingest > /tmp/http-3096.log 2>&1 & pids+=($!)
for p in 3096 3099; do
  for i in $(seq 1 120); do curl -sf -o /dev/null http://127.0.0.1:$p/\$/ping && break; sleep 1; done
done
sleep 2
echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2; do
  for p in 3097 3098 3099 3096; do
    echo "round $round port $p minimal: $(java bench/RawQueryLatency.java $p 20000)"
  done
  for p in 3099 3096; do
    echo "round $round port $p jdk: $(java bench/SmallQueryLatency.java http://127.0.0.1:$p/spkg/sparql 5000)"
  done
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
kill "${pids[@]}"
