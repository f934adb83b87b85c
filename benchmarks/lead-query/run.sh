#!/usr/bin/env bash
# Lead query benchmark: GET /api/v1/leads over a PostgreSQL database holding N leads (default 1,000,000) spread over
# 20 campaigns and 90 days, each with a few indexed field values. Prints the latency (p50/p90/max over repeated calls)
# of typical console and API queries: one campaign and a date range, plus a disposition, plus a field filter, and
# cursor paging deep into the results.
#
#   benchmarks/lead-query/run.sh [leads]        (needs PostgreSQL at 127.0.0.1:5432, database test, user postgres)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$root/.mvn/find-jdk.sh"
leads="${1:-1000000}"
schema="lg_query_bench_$$"
port=18391
psql_() { psql -q -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 "$@"; }

jar="$root/target-bench-query/leadgate-0.1.0-SNAPSHOT-exec.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -Dleadgate.build.dir=target-bench-query -DskipTests package)
fi

app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE" || true
  rm -rf "$data"
}
data="$(mktemp -d)"
trap cleanup EXIT

start_app() {
  LEADGATE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" LEADGATE_DB_USER=postgres \
    SPRING_FLYWAY_SCHEMAS="$schema" LEADGATE_DATA_DIR="$data" SERVER_PORT=$port LEADGATE_DEMO_ENABLED=false \
    LEADGATE_BOOTSTRAP_ADMIN_TOKEN=lga_query_benchmark_token_0001 \
    "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" > "$data/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null -H "Authorization: Bearer lga_query_benchmark_token_0001" "http://127.0.0.1:$port/api/v1/lead-types" && return 0
    sleep 0.5
  done
  echo "LeadGate did not start; see $data/app.log" >&2; exit 1
}

echo "== migrating a fresh schema $schema"
start_app
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

echo "== loading $leads leads (20 campaigns, 90 days, 3 field values each)"
t0=$(date +%s)
psql_ <<SQL
SET search_path TO $schema;
INSERT INTO lead_type (id, name, created_at, updated_at) VALUES ('bench', 'Benchmark', now(), now());
INSERT INTO lead_field (lead_type_id, name, label, field_type, required, position) VALUES
  ('bench', 'phone', 'Phone', 'phone', true, 0), ('bench', 'state', 'State', 'state', false, 1),
  ('bench', 'fraud_score', 'Fraud score', 'number', false, 2);
INSERT INTO campaign (id, name, lead_type_id, status, trigger_mode, created_at, updated_at)
  SELECT 'c' || i, 'Campaign ' || i, 'bench', 'active', 'on_demand', now(), now() FROM generate_series(1, 20) i;
INSERT INTO lead (id, campaign_id, lead_type_id, submission_id, disposition, reasons, fields, extra, received_at, updated_at)
  SELECT lpad(to_hex(i), 36, '0'), 'c' || (i % 20 + 1), 'bench', 's' || i,
         (ARRAY['ACCEPTED','ACCEPTED','ACCEPTED','REJECTED','QUALITY_CONTROL','FLAGGED'])[i % 6 + 1], '[]', '{}', '{}',
         now() - (i::double precision / $leads) * interval '90 days', now()
  FROM generate_series(1, $leads) i;
INSERT INTO lead_value (lead_id, field, text_value, number_value, valid)
  SELECT lpad(to_hex(i), 36, '0'), 'fraud_score', (i % 100)::text, i % 100, true FROM generate_series(1, $leads) i;
INSERT INTO lead_value (lead_id, field, text_value, number_value, valid)
  SELECT lpad(to_hex(i), 36, '0'), 'state', lower((ARRAY['CA','NY','TX','FL','IL'])[i % 5 + 1]), NULL, true FROM generate_series(1, $leads) i;
INSERT INTO lead_value (lead_id, field, text_value, number_value, valid)
  SELECT lpad(to_hex(i), 36, '0'), 'phone', '+1212' || lpad((i % 10000000)::text, 7, '0'), NULL, true FROM generate_series(1, $leads) i;
ANALYZE;
SQL
echo "   loaded in $(( $(date +%s) - t0 )) s"

start_app
from=$(date -u -d '30 days ago' +%Y-%m-%d); to=$(date -u -d '23 days ago' +%Y-%m-%d)
measure() {
  local label="$1" query="$2" times=()
  for i in $(seq 1 25); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer lga_query_benchmark_token_0001" \
      "http://127.0.0.1:$port/api/v1/leads?$query")")
  done
  printf '%s\n' "${times[@]:5}" | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
    printf "%-58s p50 %6.1f ms   p90 %6.1f ms   max %6.1f ms\n", label, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.9 + 0.5)], t[NR] }'
}
echo "== GET /api/v1/leads over $leads leads (25 calls each, first 5 discarded; limit 50)"
measure "campaign, one week" "campaign=c7&received_from=$from&received_to=$to&limit=50"
measure "campaign, one week, disposition REJECTED" "campaign=c7&received_from=$from&received_to=$to&disposition=REJECTED&limit=50"
measure "campaign, one week, fraud_score>=90" "campaign=c7&received_from=$from&received_to=$to&filter=fraud_score%3E%3D90&limit=50"
measure "campaign, one week, state in CA,NY, oldest first" "campaign=c7&received_from=$from&received_to=$to&filter=state%20in%20CA,NY&sort=received_at&limit=50"
measure "all campaigns, newest page" "limit=50"
measure "phone equals one number" "filter=phone%3D%2B12120004242&limit=50"
cursor=$(curl -s -H "Authorization: Bearer lga_query_benchmark_token_0001" \
  "http://127.0.0.1:$port/api/v1/leads?campaign=c7&limit=500&received_from=$from" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next_cursor"])')
measure "campaign, page after the first 500" "campaign=c7&received_from=$from&limit=50&cursor=$cursor"
