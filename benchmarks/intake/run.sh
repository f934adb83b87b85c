#!/usr/bin/env bash
# Intake benchmark: starts LeadGate on a fresh database (H2 in a temp folder, or a fresh PostgreSQL schema), drives
# POST /api/v1/campaigns/demo/leads with IntakeLoad.java at several concurrencies, prints the figures, cleans up.
#
#   benchmarks/intake/run.sh h2|postgres [options] [-- extra IntakeLoad options]
#
# Options:
#   --concurrency "1 8 32"   posters per run, one run each, in this order, against the same server (default "1 8 32")
#   --warmup S               warm-up seconds before each measured run (default 5)
#   --duration S             measured seconds per run (default 20)
#   --count N                measure N requests per run instead of a duration
#   --repeat N               rounds over the concurrency list, interleaved, with medians at the end (default 1)
#   --server-warmup S        unreported load before the first run, to warm the JIT (default 15; 0 for none)
#   --wait-idle S            before each run, wait up to S seconds for other processes to leave the host's cores
#                            mostly idle (under 25% of one core over 2 s); 0 to not wait (default 120)
#   --heap SIZE              server -Xmx (default 1g)
#   --server-opts "..."      more JVM options for the server
#   --rebuild                build the jar even if it exists
#   --jar PATH               measure this LeadGate jar instead of building target-bench/ (e.g. one built from a clean
#                            `git archive HEAD` export, without the work in progress of the checkout)
#   --keep-log               keep the server log (printed path) instead of deleting it
#   PostgreSQL: PGHOST (127.0.0.1), PGPORT (5432), PGDATABASE (test), PGUSER (postgres), PGPASSWORD (empty).
# Results are also written to benchmarks/results/ (ignored by git).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

usage() { sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

db="${1:-}"
case "$db" in
  h2|postgres) shift ;;
  -h|--help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac

jar=""; concurrencies="1 8 32"; warmup=5; duration=20; count=""; repeat=1; server_warmup=15; wait_idle=120; ok_posts=0; heap=1g; server_opts=""; rebuild=0; keep_log=0
driver_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --concurrency) concurrencies="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --count) count="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --server-warmup) server_warmup="$2"; shift 2 ;;
    --wait-idle) wait_idle="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --server-opts) server_opts="$2"; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    --jar) jar="$2"; shift 2 ;;
    --keep-log) keep_log=1; shift ;;
    --) shift; driver_extra=("$@"); break ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# ---- a JDK 21 or newer
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || ! [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME
java="$JAVA_HOME/bin/java"
[ "$(java_major "$JAVA_HOME")" -ge 21 ] || { echo "need a JDK 21 or newer (JAVA_HOME=$JAVA_HOME)" >&2; exit 2; }

# ---- the jar, built in its own folder so as not to disturb other builds of the same checkout
head="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
dirty="$( [ -n "$(git -C "$root" status --porcelain -- src pom.xml 2>/dev/null)" ] && echo ' plus uncommitted changes in src/' || true)"
if [ -n "$jar" ]; then
  [ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
  jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
  jar_info="jar $jar, built $(date -u -r "$jar" +%Y-%m-%dT%H:%MZ)"
else
  jar="$root/target-bench/leadgate-0.1.0-SNAPSHOT-exec.jar"
  if [ "$rebuild" = 1 ] || [ ! -f "$jar" ]; then
    echo "building $jar ..."
    (cd "$root" && ./mvnw -q -Dleadgate.build.dir=target-bench -DskipTests package) || { echo "the build failed" >&2; exit 1; }
    jar_info="jar built now from HEAD $head$dirty"
  else
    jar_info="jar target-bench/ built $(date -u -r "$jar" +%Y-%m-%dT%H:%MZ); the checkout is now at HEAD $head$dirty"
    if [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
      echo "NOTE: $jar is older than src/main or pom.xml; measuring it anyway (--rebuild to build the current tree)" >&2
    fi
  fi
fi

# ---- clean-up, whatever happens from here on
work="$(mktemp -d "${TMPDIR:-/tmp}/leadgate-bench.XXXXXX")"
log="$work/server.log"
app_pid=""
driver_pid=""
tail_pid=""
schema=""
stop_app() {   # graceful stop (up to 20 s), then a kill
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for p in $driver_pid $tail_pid; do kill "$p" 2>/dev/null || true; done   # if interrupted during a run
  stop_app
  if [ -n "$schema" ]; then
    psql -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 \
      || echo "warning: could not drop schema $schema" >&2
  fi
  if [ "$keep_log" = 1 ] && [ -f "$log" ]; then
    kept="$(mktemp "${TMPDIR:-/tmp}/leadgate-bench-server.XXXXXX.log")"
    cp "$log" "$kept" && echo "server log kept in $kept"
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }
admin_token="bench-admin-$(random_hex 16)"
posting_key="bench-key-$(random_hex 16)"

export LEADGATE_BOOTSTRAP_ADMIN_TOKEN="$admin_token"
export LEADGATE_DEMO_POSTING_KEY="$posting_key"
export SERVER_PORT=0   # the server picks a free port and logs it
unset LEADGATE_DB_URL LEADGATE_DB_USER LEADGATE_DB_PASSWORD SPRING_FLYWAY_SCHEMAS
# the data folder also holds files other than the H2 database (a generated master key...): a fresh one in every case
export LEADGATE_DATA_DIR="$work/data"

if [ "$db" = postgres ]; then
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGDATABASE="${PGDATABASE:-test}" PGUSER="${PGUSER:-postgres}"
  schema="lg_bench_$(random_hex 6)"
  psql -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $schema" >/dev/null
  # ApplicationName lets the CPU accounting below find this server's own PostgreSQL backends
  export LEADGATE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$schema&ApplicationName=$schema"
  export LEADGATE_DB_USER="$PGUSER" LEADGATE_DB_PASSWORD="${PGPASSWORD:-}"
  export SPRING_FLYWAY_SCHEMAS="$schema"
  where="PostgreSQL $PGHOST:$PGPORT/$PGDATABASE schema $schema"
else
  where="H2 file database in $LEADGATE_DATA_DIR"
fi

# ---- the driver, compiled once (java IntakeLoad.java would compile it again before every run, on the measured cores)
"$JAVA_HOME/bin/javac" -d "$work/driver" "$here/IntakeLoad.java"

# ---- start the server and wait for it to answer
echo "starting LeadGate ($where) with $("$java" -version 2>&1 | head -1); $jar_info"
# shellcheck disable=SC2086
"$java" -Xmx"$heap" $server_opts -jar "$jar" >"$log" 2>&1 &
app_pid=$!
port=""
for _ in $(seq 1 300); do   # up to 60 s
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "LeadGate exited during start-up; last lines of its log:" >&2; tail -40 "$log" >&2; exit 1
  fi
  port="$(sed -n 's/.*started on port[s]\{0,1\}[ (]*\([0-9][0-9]*\).*/\1/p' "$log" | head -1)"
  [ -n "$port" ] && break
  sleep 0.2
done
[ -n "$port" ] || { echo "LeadGate did not report its port within 60 s:" >&2; tail -40 "$log" >&2; exit 1; }
url="http://127.0.0.1:$port"
echo "LeadGate answers on $url (pid $app_pid)"

# ---- the runs
mkdir -p "$root/benchmarks/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$root/benchmarks/results/intake-$db-$stamp.txt"
{
  echo "# intake benchmark, $db, $stamp"
  echo "# host: $(nproc) cores, $(uname -srm); server JDK: $("$java" -version 2>&1 | head -1); driver on the same host"
  echo "# $jar_info"
  echo "# warm-up ${warmup}s, ${count:+count $count}${count:-duration ${duration}s}, concurrency: $concurrencies"
} >"$out"

# CPU accounting in clock ticks, to tell how much of the 2 cores the server, the driver and everything else used
host_busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat; }
host_all() { awk '/^cpu /{s=0; for(i=2;i<=9;i++) s+=$i; print s; exit}' /proc/stat; }
proc_cpu() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }        # utime+stime of a live process
children_cpu() { awk '{print $16+$17}' "/proc/$$/stat"; }                           # of this shell's reaped children
pg_cpu() {   # CPU of the PostgreSQL backends serving this server (0 with H2)
  [ -n "$schema" ] || { echo 0; return; }
  local sum=0 pid
  for pid in $(psql -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = '$schema'" 2>/dev/null); do
    sum=$((sum + $(proc_cpu "$pid")))
  done
  echo "$sum"
}
per_lead() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN{ if (n > 0) printf "%.2f", 1000 * t / hz / n; else print "?" }'; }
pct() { awk -v a="$1" -v t="$2" 'BEGIN{ if (t > 0) printf "%.0f", 100 * a / t * '"$(nproc)"'; else print "?" }'; }

# JIT and connection pool warm-up of the server, not reported: without it the first run measures a cold JVM
if [ "$server_warmup" != 0 ]; then
  echo "warming the server up: ${server_warmup}s at concurrency 8 (not reported)"
  "$java" -cp "$work/driver" IntakeLoad --url "$url" --key "$posting_key" --concurrency 8 --warmup 0 \
    --duration "$server_warmup" --wait 30 --quiet >"$work/warmup.txt" 2>&1 || { cat "$work/warmup.txt" >&2; exit 1; }
  ok_posts=$(sed -n 's/.* ok_all_phases=\([0-9]*\).*/\1/p' "$work/warmup.txt")
  ok_posts=${ok_posts:-0}
fi

host_idle_enough() {   # true when the whole host used less than 25% of one core over the last 2 s
  local b0 a0 b1 a1
  b0=$(host_busy); a0=$(host_all); sleep 2; b1=$(host_busy); a1=$(host_all)
  [ "$(pct $((b1 - b0)) $((a1 - a0)))" -lt 25 ]
}
wait_for_idle_host() {
  [ "$wait_idle" != 0 ] || return 0
  local deadline=$((SECONDS + wait_idle)) said=0
  until host_idle_enough; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "  (the host is still busy with other work after ${wait_idle}s; measuring anyway, see other%)"; return 0
    fi
    [ "$said" = 1 ] || { echo "  waiting up to ${wait_idle}s for other processes to leave the cores idle..."; said=1; }
  done
}

results=()
status=0
for round in $(seq 1 "$repeat"); do
  for c in $concurrencies; do
    wait_for_idle_host
    measure=(--duration "$duration"); [ -n "$count" ] && measure=(--count "$count")
    p0=$(pg_cpu); b0=$(host_busy); a0=$(host_all); s0=$(proc_cpu "$app_pid"); d0=$(children_cpu)
    : >"$work/run.txt"
    "$java" -cp "$work/driver" IntakeLoad --url "$url" --key "$posting_key" --concurrency "$c" --warmup "$warmup" \
      "${measure[@]}" --wait 30 --label "$db" ${driver_extra[@]+"${driver_extra[@]}"} >"$work/run.txt" 2>&1 &
    driver_pid=$!
    tail -n +1 -f --pid="$driver_pid" "$work/run.txt" &
    tail_pid=$!
    rc=0; wait "$driver_pid" || rc=$?
    wait "$tail_pid" 2>/dev/null || true
    driver_pid=""; tail_pid=""
    b1=$(host_busy); a1=$(host_all); s1=$(proc_cpu "$app_pid"); d1=$(children_cpu); p1=$(pg_cpu)
    cat "$work/run.txt" >>"$out"
    server=$((s1 - s0)); driver=$((d1 - d0)); pg=$((p1 - p0)); [ "$pg" -lt 0 ] && pg=0
    other=$((b1 - b0 - server - driver - pg)); [ "$other" -lt 0 ] && other=0
    all=$((a1 - a0))
    cpu="cpu during the run, warm-up included (100% = one core): server $(pct $server $all)%, driver $(pct $driver $all)%"
    [ -n "$schema" ] && cpu="$cpu, its postgres backends $(pct $pg $all)%"
    cpu="$cpu, everything else on the host $(pct $other $all)%"
    echo "  $cpu" | tee -a "$out"
    [ "$rc" -eq 0 ] || status=1
    line="$(grep '^RESULT ' "$work/run.txt" || true)"
    if [ -n "$line" ]; then
      posts=$(sed -n 's/.* ok_all_phases=\([0-9]*\).*/\1/p' <<<"$line"); posts=${posts:-0}
      ok_posts=$((ok_posts + posts))
      # CPU milliseconds per lead, warm-up included on both sides: unlike leads/s, barely moved by other processes
      results+=("$line round=$round cpu_server=$(pct $server $all) cpu_driver=$(pct $driver $all) cpu_db=$(pct $pg $all) cpu_other=$(pct $other $all) srv_ms_per_lead=$(per_lead $server $posts) db_ms_per_lead=$(per_lead $pg $posts)")
      echo "  server CPU per lead $(per_lead $server $posts) ms${schema:+, its postgres backends $(per_lead $pg $posts) ms}" | tee -a "$out"
    fi
    [ "$rc" -eq 2 ] && break 2   # pre-flight failed: the other runs would fail the same way
  done
done

# ---- what the server said while under load; stopped first, so that its database sessions publish their statistics
stop_app
errors_in_log="$(grep -cE '^[^ ]+ +(ERROR|WARN) ' "$log" || true)"
stored=""
if [ "$db" = postgres ]; then
  stored="$(psql -At -c "SELECT count(*) FROM $schema.lead" 2>/dev/null || true)"
fi

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
row() { printf '%-5s %5s %9s %8s %8s %8s %8s %8s %6s  %4s %4s %4s %5s %7s %7s\n' "$@"; }
echo
echo "== intake, $db: ${warmup}s warm-up, then ${count:+$count requests}${count:-${duration}s measured} per run; $(nproc) cores shared by server, driver${schema:+, PostgreSQL} and anything else running" | tee -a "$out"
row conc round leads/s p50_ms p90_ms p99_ms max_ms requests errors srv% drv% db% other% srv_ms db_ms | tee -a "$out"
for r in "${results[@]+"${results[@]}"}"; do
  row "$(field concurrency "$r")" "$(field round "$r")" "$(field leads_per_s "$r")" "$(field p50_ms "$r")" \
    "$(field p90_ms "$r")" "$(field p99_ms "$r")" "$(field max_ms "$r")" "$(field requests "$r")" "$(field errors "$r")" \
    "$(field cpu_server "$r")" "$(field cpu_driver "$r")" "$(field cpu_db "$r")" "$(field cpu_other "$r")" \
    "$(field srv_ms_per_lead "$r")" "$(field db_ms_per_lead "$r")" | tee -a "$out"
done
if [ "$repeat" -gt 1 ]; then
  median() { sort -g | awk '{v[NR]=$1} END{ if (NR % 2) print v[(NR+1)/2]; else printf "%g\n", (v[NR/2]+v[NR/2+1])/2 }'; }
  echo "median of $repeat rounds:" | tee -a "$out"
  for c in $concurrencies; do
    sel=(); for r in "${results[@]+"${results[@]}"}"; do [ "$(field concurrency "$r")" = "$c" ] && sel+=("$r"); done
    [ ${#sel[@]} -gt 0 ] || continue
    m() { for r in "${sel[@]}"; do field "$1" "$r"; done | median; }
    row "$c" median "$(m leads_per_s)" "$(m p50_ms)" "$(m p90_ms)" "$(m p99_ms)" "$(m max_ms)" "$(m requests)" \
      "$(m errors)" "$(m cpu_server)" "$(m cpu_driver)" "$(m cpu_db)" "$(m cpu_other)" "$(m srv_ms_per_lead)" \
      "$(m db_ms_per_lead)" | tee -a "$out"
  done
fi
echo "server log: $errors_in_log WARN/ERROR line(s)" | tee -a "$out"
if [ "$errors_in_log" != 0 ]; then
  grep -E '^[^ ]+ +(ERROR|WARN) ' "$log" | cut -c1-300 | sort | uniq -c | sort -rn | head -10 | tee -a "$out"
fi
if [ -n "$stored" ] && [ "$ok_posts" -gt 0 ]; then
  sleep 1   # the statistics of ended sessions are published a moment later
  echo "rows written per successful post, by table (PostgreSQL statistics of schema $schema):" | tee -a "$out"
  psql -At -F ' ' -c "SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del FROM pg_stat_user_tables
      WHERE schemaname = '$schema' AND n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY relname" 2>/dev/null |
    awk -v n="$ok_posts" '($2 + $3 + $5) / n >= 0.005 { printf "  %-24s inserted %6.2f  updated %6.2f (HOT %5.2f)  deleted %6.2f\n", $1, $2/n, $3/n, $4/n, $5/n }' |
    tee -a "$out"
fi
if [ -n "$stored" ]; then
  echo "leads stored in $schema.lead: $stored; posts answered with the expected status, warm-ups included: $ok_posts" | tee -a "$out"
  [ "$stored" = "$ok_posts" ] || echo "MISMATCH: stored leads and successful posts differ" | tee -a "$out"
fi
echo "results written to ${out#"$root"/}"
exit "$status"
