#!/usr/bin/env bash
# Under the lock: spkg ingest of a folder of real documents (the whole White House archive, or any
# folder of it) into a fresh store, then the same quads, exported, loaded by tdb2.tdbloader's
# sequential, phased and parallel loaders into fresh stores: the "ingest ÷ fastest loader" ratio of
# issue 17 on real documents. Needs target/spkg.jar. Every step's `time -v` report goes to WORK.
#   flock /tmp/bench.lock bench/results/ingest-archive/run.sh CORPUS WORK
set -euo pipefail
corpus="$1"; work="$2"
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
jar="$PWD/target/spkg.jar"
rm -rf "$work"; mkdir -p "$work"
timed() { local name="$1"; shift; /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.err"; }
elapsed() { sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$1.err"; }
echo "ingest-archive: $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) corpus $corpus" >&2
timed ingest java -Xmx8g -jar "$jar" ingest "$corpus" --store "$work/store"
echo "ingest: $(elapsed ingest) $(tail -1 "$work/ingest.out")" >&2
java -Xmx8g -jar "$jar" export --store "$work/store" --format nquads --out "$work/store.nq" 2> "$work/export.err"
echo "quads: $(wc -l < "$work/store.nq")" >&2
for loader in sequential phased parallel; do
  timed "load-$loader" java -Xmx8g -cp "$jar" tdb2.tdbloader --loc "$work/load-$loader" \
    --loader="$loader" "$work/store.nq"
  echo "tdb2.tdbloader --loader=$loader: $(elapsed "load-$loader")" >&2
  rm -rf "$work/load-$loader"
done
echo "ingest-archive: done $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
