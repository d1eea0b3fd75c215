#!/usr/bin/env bash
# Where a JVM's processor time goes, by thread: runs a command (a `java ...` line), reads
# /proc/PID/task/*/stat every half second while it runs, and writes to OUT the processor seconds
# (user + system) of each group of threads, named as the JVM names them with a trailing number as N
# ("spkg-extract-N", "GC Thread#N"; Linux keeps 15 characters of a name, so the compiler threads
# are "C2 CompilerThre" and "C1 CompilerThre"), largest first, then the total and the wall-clock
# time of the run. The command must be the JVM itself (java ..., not a wrapper such as time(1)).
#
#   bench/thread-cpu.sh /tmp/ingest-600.cpu java -Dspkg.home=. -jar target/spkg.jar \
#       ingest --store /tmp/s600 /tmp/bench600/corpus-600-seed1
#
# The command's stdout and stderr go to OUT.stdout and OUT.stderr. The figures are lower bounds:
# what a thread used after the last reading before it (or the JVM) ended is not seen, up to half a
# second per thread. Linux only (it reads /proc). Exits with the command's status.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: bench/thread-cpu.sh OUT COMMAND [ARGS...]" >&2
  exit 2
fi
out="$1"
shift
if [[ ! -d /proc/self/task ]]; then
  echo "bench/thread-cpu.sh: /proc/PID/task is not readable here (Linux only)" >&2
  exit 2
fi
ticks=$(getconf CLK_TCK)
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT

start=$(date +%s.%N)
"$@" >"$out.stdout" 2>"$out.stderr" &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    # comm may hold spaces; the fields after the ") " that ends it are fixed (utime 14, stime 15).
    # read, a builtin: no process is started per reading, so the sampling costs next to nothing.
    { read -r name <"$task/comm" && read -r stat <"$task/stat"; } 2>/dev/null || continue
    read -r -a fields <<<"${stat##*) }"
    echo "${task##*/}|$name|${fields[11]}|${fields[12]}" >>"$samples"
  done
  sleep 0.5
done
status=0
wait "$pid" || status=$?
end=$(date +%s.%N)

# The last reading of each thread, summed by name with its trailing number as N.
awk -F'|' -v ticks="$ticks" '
  { last[$1] = $3 + $4; name[$1] = $2 }
  END {
    for (t in last) { n = name[t]; sub(/[0-9]+$/, "N", n); group[n] += last[t] / ticks }
    for (g in group) printf "%9.1f  %s\n", group[g], g
  }' "$samples" | sort -k1,1 -n -r >"$out"
awk -v wall="$(echo "$end - $start" | bc)" '{ total += $1 }
  END { printf "%9.1f  total\n%9.1f  wall-clock seconds\n", total, wall }' "$out" >>"$out"
cat "$out"
exit "$status"
