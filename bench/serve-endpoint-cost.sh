#!/usr/bin/env bash
# Cost per query: local `spkg serve` (port 3131) vs `spkg serve --endpoint` (port 3132) over a stock
# Fuseki holding the same quads. One curl process per batch (keep-alive); medians.
set -euo pipefail
q='SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%201'
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for port in 3131 3132; do
  url="http://localhost:$port/spkg/sparql?query=$q"
  args=(); for i in $(seq 1 400); do args+=(-o /dev/null "$url"); done
  curl -s -w '%{time_total}\n' "${args[@]}" > one-$port.txt
  echo "port $port one-row query: median $(tail -n 300 one-$port.txt | median) s over 300 (after 100 warm-up)"
done
for port in 3131 3132; do
  args=(); for id in $(cat packs200.txt); do args+=(-o /dev/null "http://localhost:$port/api/packs/$id.csv"); done
  : > mix-$port.txt
  for r in $(seq 1 12); do
    curl -s -w '%{time_total}\n' "${args[@]}" | awk '{s+=$1} END {print s}' >> mix-$port.txt
  done
  echo "port $port pack mix ($(wc -l < packs200.txt) queries): median round $(tail -n 10 mix-$port.txt | median) s over 10 (after 2 warm-up)"
done
uptime
