#!/usr/bin/env bash
# Issue 4's provisioning benchmark: 1,000 site changes over 10 simulated MX routers whose commits
# take 2 s, on WildFly + PostgreSQL, run twice: (1) as configured (coalesced), (2) one commit per
# change (ccpe.commit.max-sites-per-commit=1). Prints the table for docs/BENCHMARKS.md.
#
#   bench/provisioning/run.sh
#
# Environment:
#   BENCH_BASELINE_CHANGES   changes measured in run (2), extrapolated linearly to 1,000 (default 100; 1000 = all, ~8 min)
#   BENCH_SKIP_BASELINE=1    run (1) only and reuse target/one-per-change.properties from an earlier run
#   BENCH_PORT_OFFSET        WildFly port offset (default 700: HTTP 8780, management 10690)
#   BENCH_EAR                measure this EAR instead of the one the repository builds (no product build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
target=$here/target
server=$target/wildfly
provisioned=$top/wildfly-config/target/wildfly-39.0.1.Final
ear=${BENCH_EAR:-$top/ccpe-ear/target/ccpe-selfcare.ear}
offset=${BENCH_PORT_OFFSET:-700}
http=$((8080 + offset))
management=$((9990 + offset))
admin_password=Bench-Admin-Passw0rd-7
database=ccpe_bench
baseline_changes=${BENCH_BASELINE_CHANGES:-100}
common="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djboss.socket.binding.port-offset=$offset
  -Dccpe.db.driver=postgresql -Dccpe.db.url=jdbc:postgresql://127.0.0.1:5432/$database -Dccpe.db.user=postgres
  -Dccpe.db.password=unused -Dccpe.admin.password=$admin_password
  -Dccpe.commit.interval-ms=250 -Dccpe.commit.settle-ms=500 -Dccpe.commit.parallel-routers=10"

# 1. the product, when the EAR is missing or older than a source
if [ -n "${BENCH_EAR:-}" ]; then
  echo "Measuring $ear"
elif [ ! -f "$ear" ] || [ ! -f "$provisioned/.ccpe-configured" ] \
   || [ -n "$(find "$top"/ccpe-* "$top"/wildfly-config/src "$top/pom.xml" -newer "$ear" \( -path '*/src/*' -o -name pom.xml \) -type f -print -quit)" ]; then
  echo "Building the product (mvn install, tests skipped) ..."
  (cd "$top" && mvn -q -B install -DskipTests -DskipITs)
fi
echo "Building the harness ..."
mvn -q -B -f "$here/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$target/classpath.txt"

server_pid=""
sampler_pid=""
cli() { "$server/bin/jboss-cli.sh" -c --controller=127.0.0.1:$management --command="$1" 2>/dev/null; }

stop_server() {
  if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""; fi
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    cli ":shutdown" >/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# a fresh server copy, a fresh database and data folder; answers when the EAR is deployed
start_server() {
  local label=$1 extra=$2
  rm -rf "$server" "$target/data-$label"
  cp -a "$provisioned" "$server"
  cp "$ear" "$server/standalone/deployments/"
  mkdir -p "$target/data-$label"
  psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
  rm -f "$target/server.pid"
  JAVA_OPTS="$(echo $common) -Dccpe.data.dir=$target/data-$label $extra" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JBOSS_PIDFILE="$target/server.pid" "$server/bin/standalone.sh" -b 127.0.0.1 > "$target/server-$label.out" 2>&1 &
  local deployments=$server/standalone/deployments
  for _ in $(seq 1 240); do
    [ -s "$target/server.pid" ] && server_pid=$(cat "$target/server.pid")
    [ -e "$deployments/ccpe-selfcare.ear.deployed" ] && break
    if [ -e "$deployments/ccpe-selfcare.ear.failed" ]; then
      echo "Deployment failed; see $server/standalone/log/server.log" >&2; exit 1
    fi
    sleep 0.5
  done
  [ -e "$deployments/ccpe-selfcare.ear.deployed" ] || { echo "WildFly did not deploy in 2 minutes" >&2; exit 1; }
  echo "WildFly up (pid $server_pid, HTTP $http, management $management), run '$label' $extra"
}

# one run: start, sample the server's heap every second, run the harness, read the pool's peak, stop
run() {
  local label=$1 changes=$2 extra=$3
  local out=$target/$label.properties
  start_server "$label" "$extra"
  jstat -gc "$server_pid" 1000 3600 > "$target/heap-$label.txt" 2>/dev/null &
  sampler_pid=$!
  java -cp "$target/classes:$(cat "$target/classpath.txt")" \
    -Djava.util.logging.config.file="$here/logging.properties" \
    -Dbench.mode="$label" -Dbench.changes="$changes" -Dbench.parallel-routers=10 \
    -Dbench.base-url="http://127.0.0.1:$http/ccpe" -Dbench.admin-password="$admin_password" \
    -Dbench.out="$out" org.ccpe.bench.ProvisioningBenchmark
  # heap used = survivor + eden + old (KiB), the peak of the samples
  local heap
  heap=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > peak) peak = used } END { printf "%.0f", peak / 1024 }' "$target/heap-$label.txt")
  local connections
  connections=$(cli "/subsystem=datasources/data-source=CcpeDS/statistics=pool:read-attribute(name=MaxUsedCount)" \
    | sed -n 's/.*"result" => \([0-9]*\).*/\1/p')
  { echo "peakHeapMiB=$heap"; echo "peakDbConnections=${connections:-?}"; echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"; } >> "$out"
  stop_server
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
run coalesced 1000 ""
if [ "${BENCH_SKIP_BASELINE:-}" != 1 ]; then
  run one-per-change "$baseline_changes" "-Dccpe.commit.max-sites-per-commit=1"
fi
echo
java -cp "$target/classes:$(cat "$target/classpath.txt")" org.ccpe.bench.ProvisioningBenchmark report \
  "$target/coalesced.properties" "$target/one-per-change.properties" | tee "$target/report.md"
