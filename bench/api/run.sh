#!/usr/bin/env bash
# Issue 8's API benchmark: wrk against a paginated list and a single site's GET on WildFly +
# PostgreSQL holding 10,000 sites, authenticated with an API token (Bearer). Prints the table for
# docs/BENCHMARKS.md.
#
#   bench/api/run.sh
#
# Environment:
#   BENCH_SITES              sites to create (default 10000: 1,000 customers x 10)
#   BENCH_DURATION           seconds per wrk run (default 20)
#   BENCH_WARMUP             seconds of unmeasured load on the single-site path first (default 270)
#   BENCH_CONNECTIONS        wrk connections (default 32), BENCH_THREADS wrk threads (default 2)
#   BENCH_STATUS_PATH        the single-site path, {id} replaced (default /sites/{id}/status)
#   BENCH_PORT_OFFSET        WildFly port offset (default 700: HTTP 8780, management 10690)
#   BENCH_SERVER_OPTS        more JVM options for the server
#   BENCH_EAR                measure this EAR instead of the one the repository builds (no product build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
target=$here/target
ear=${BENCH_EAR:-$top/ccpe-ear/target/ccpe-selfcare.ear}
offset=${BENCH_PORT_OFFSET:-700}
database=ccpe_bench_api
admin_password=Bench-Admin-Passw0rd-8
sites=${BENCH_SITES:-10000}
duration=${BENCH_DURATION:-20}
warmup=${BENCH_WARMUP:-270}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
status_path=${BENCH_STATUS_PATH:-/sites/{id\}/status}
mkdir -p "$target"
# shellcheck source=../lib/server.sh
. "$here/../lib/server.sh"
trap stop_server EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || { echo "Installing wrk ..."; apt-get install -y -q wrk >/dev/null; }

# 1. the product (no harness to build: wrk and curl); 2. a fresh server on a fresh database, the
#    token rate limit off (this measures the server, not the limiter)
if [ -z "${BENCH_EAR:-}" ] && [ ! -f "$ear" ]; then
  echo "Building the product (mvn install, tests skipped) ..."
  (cd "$top" && mvn -q -B install -DskipTests -DskipITs)
fi
start_server "$target/data" "$target/server.out" "-Dccpe.admin.password=$admin_password \
  -Dccpe.api.rate-limit.token.per-second=0 ${BENCH_SERVER_OPTS:-}"
api=http://127.0.0.1:$http/ccpe/api/v1
admin=(-sS -u "admin:$admin_password" -H 'Content-Type: application/json')

# 3. a router, the sites (one topology import, run as a job), a read-only token
curl "${admin[@]}" -o /dev/null -w '' "$api/routers" -d '{"name":"bench-mx1","managementHost":"192.0.2.1",
  "netconfUser":"ccpe","netconfPassword":"Bench-Passw0rd","snmpCommunity":"bench","servicesPic":"ms-1/0/0"}'
python3 - "$sites" > "$target/document.json" <<'PY'
import json, sys
sites = int(sys.argv[1]); per = 10
doc = {"customers": []}
for c in range((sites + per - 1) // per):
    doc["customers"].append({"externalId": f"C-{c}", "name": f"bench{c}", "displayName": f"Bench {c}", "sites": [
        {"externalId": f"S-{c}-{s}", "name": f"site{s}", "router": "bench-mx1", "lanGateway": f"10.{s}.0.1/24"}
        for s in range(min(per, sites - c * per))]})
json.dump(doc, sys.stdout)
PY
started=$(date +%s.%N)
job=$(curl "${admin[@]}" "$api/imports?async=true" --data-binary @"$target/document.json" | jq -r .id)
for _ in $(seq 1 600); do
  state=$(curl "${admin[@]}" "$api/imports/$job" | jq -r .state)
  [ "$state" = done ] || [ "$state" = failed ] && break
  sleep 1
done
[ "$state" = done ] || { echo "The import did not finish: $state" >&2; exit 1; }
import_seconds=$(echo "$(date +%s.%N) - $started" | bc)
stored=$(psql -qtA -h 127.0.0.1 -U postgres -d $database -c "SELECT count(*) FROM site")
token=$(curl "${admin[@]}" "$api/api-tokens" -d "{\"name\":\"bench\",\"role\":\"provider-readonly\",
  \"expiresAt\":\"$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)\"}" | jq -r .token)
psql -qtA -h 127.0.0.1 -U postgres -d $database -c "SELECT id FROM site ORDER BY id" > "$target/site-ids.txt"

# 4. wrk: a page of 50 sites from the middle of the list, then single sites picked at random
cat > "$target/random-site.lua" <<LUA
local ids = {}
for line in io.lines("$target/site-ids.txt") do ids[#ids + 1] = line end
local path = "/ccpe/api/v1$status_path"
request = function()
  return wrk.format("GET", (path:gsub("{id}", ids[math.random(#ids)])))
end
LUA
echo "Machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $stored sites stored in ${import_seconds}s"
run_wrk() {
  local key=$1 label=$2; shift 2
  local out=$target/wrk-$key.txt
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" "$@" > "$out"
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1 == "50%" {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$out")
  echo "| $label | ${rps} | ${p50} | ${p99} | ${non2xx:-0} |"
}
# warm-up: the same load, unmeasured, in 15-s rounds for BENCH_WARMUP seconds. On 2 cores under
# this load the JIT keeps compiling the request path for about four minutes: the rate climbs from
# a fifth of the steady one and levels off only then.
curl -s -o /dev/null -H "Authorization: Bearer $token" "$api/sites?limit=50&offset=5000"
wrk -t"$threads" -c"$connections" -d10s -H "Authorization: Bearer $token" "$api/sites?limit=50&offset=5000" > /dev/null
rounds=()
for _ in $(seq 1 $((warmup / 15))); do
  rounds+=("$(wrk -t"$threads" -c"$connections" -d15s -H "Authorization: Bearer $token" -s "$target/random-site.lua" \
    "http://127.0.0.1:$http" | awk '/^Requests\/sec/ {printf "%d", $2}')")
done
echo "Warm-up of $status_path: ${rounds[*]} requests/s in successive 15-s rounds"
echo
echo "| request | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
run_wrk list "GET /sites?limit=50&offset=5000" "$api/sites?limit=50&offset=5000"
run_wrk one "GET $status_path (random of $stored)" -s "$target/random-site.lua" "http://127.0.0.1:$http"
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); peak DB connections: $(peak_db_connections)"
