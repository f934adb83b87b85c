#!/usr/bin/env bash
# DNC benchmark: generates a registry-sized synthetic data set (258 million numbers by default, one registry-format file
# per US area code, clustered in assigned exchanges) in a temporary folder, imports it as the API and the command line
# do (read, build, store in the database), and prints: import time, memory (bits per number), lookup p50/p99 on one
# thread and on all cores, the time a node takes to load the list, and lookup latency while a running node reloads it.
# The data set and the database schema are deleted at the end, whatever happens.
#
#   benchmarks/dnc/run.sh [options]
#
# Options:
#   --numbers N        numbers in the data set (default 258000000; 5000000 makes a quick run)
#   --db postgres|h2   where the list is stored (default postgres; PGHOST, PGPORT, PGDATABASE (test), PGUSER (postgres),
#                      PGPASSWORD as for psql; a schema of its own is created and dropped)
#   --heap SIZE        -Xmx of the benchmark JVM (default 6g: the list, a second copy during reload, the probes)
#   --gc g1|zgc        the garbage collector (default g1, the JVM's default; zgc for sub-millisecond pauses)
#   --thp on|off       transparent huge pages for the heap (default on, as recommended for nodes holding the registry:
#                      fewer TLB misses on random lookups; the kernel must allow madvise)
#   --lookup-seconds S measured seconds per lookup run (default 10)
#   --rounds N         rounds of each lookup, load and reload measure; the one other processes disturbed least is
#                      reported, every round is printed (default 3)
#   --wait-idle S      before the run and each round, wait up to S seconds for the host's cores to be mostly idle
#                      (other processes under a quarter of a core; default 120; 0 to not wait)
#   --rebuild          build the application jar even if it looks current
# The data set needs about 12 bytes per number on disk (3.1 GB for 258 million) under ${TMPDIR:-/tmp}.
# Output also goes to benchmarks/results/dnc-<time>.txt (ignored by git).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
usage() { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

numbers=258000000; db=postgres; heap=6g; gc=g1; thp=on; lookup_seconds=10; rounds=3; wait_idle=120; rebuild=0
while [ $# -gt 0 ]; do
  case "$1" in
    --numbers) numbers="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --gc) gc="$2"; shift 2 ;;
    --thp) thp="$2"; shift 2 ;;
    --lookup-seconds) lookup_seconds="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --wait-idle) wait_idle="$2"; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
case "$db" in postgres|h2) ;; *) echo "--db is postgres or h2" >&2; exit 2 ;; esac
case "$gc" in g1) gc_opts="-XX:+UseG1GC" ;; zgc) gc_opts="-XX:+UseZGC" ;; *) echo "--gc is g1 or zgc" >&2; exit 2 ;; esac
case "$thp" in on) gc_opts="$gc_opts -XX:+UseTransparentHugePages" ;; off) ;; *) echo "--thp is on or off" >&2; exit 2 ;; esac

# A JDK 21+: JAVA_HOME when set, else the one ./mvnw would pick.
if [ -z "${JAVA_HOME:-}" ]; then
  . "$root/.mvn/find-jdk.sh"
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

build="$root/target-bench-dnc"
jar="$build/leadgate-0.1.0-SNAPSHOT-exec.jar"
if [ "$rebuild" = 1 ] || [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -type f -print -quit)" ]; then
  echo "building the application (build dir target-bench-dnc)..."
  (cd "$root" && ./mvnw -q -Dleadgate.build.dir="$build" -Dmaven.test.skip=true package)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/leadgate-dnc-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app" "$work/data"
(cd "$work/app" && unzip -q "$jar")

if [ "$wait_idle" != 0 ]; then
  busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9; exit}' /proc/stat; }
  deadline=$((SECONDS + wait_idle)); said=0
  while :; do
    read -r b0 a0 < <(busy); sleep 2; read -r b1 a1 < <(busy)
    [ $(( 100 * (b1 - b0) * $(nproc) / (a1 - a0 + 1) )) -lt 25 ] && break
    [ "$SECONDS" -ge "$deadline" ] && { echo "(the host is still busy after ${wait_idle}s: measuring anyway; see 'other processes')"; break; }
    [ "$said" = 1 ] || { echo "waiting up to ${wait_idle}s for other processes to leave the cores idle..."; said=1; }
  done
fi

mkdir -p "$root/benchmarks/results"
out="$root/benchmarks/results/dnc-$(date -u +%Y%m%dT%H%M%SZ).txt"
echo "JVM options: -Xmx$heap -Xms$heap $gc_opts"
"$java" -Xmx"$heap" -Xms"$heap" $gc_opts -Dlogback.configurationFile="$here/logback.xml" \
  -cp "$work/app/BOOT-INF/classes:$work/app/BOOT-INF/lib/*" "$here/DncBenchmark.java" \
  --numbers "$numbers" --db "$db" --dir "$work/data" --lookup-seconds "$lookup_seconds" --rounds "$rounds" \
  --quiet-seconds "$wait_idle" 2>&1 | tee "$out"
echo "(written to ${out#$root/})"
