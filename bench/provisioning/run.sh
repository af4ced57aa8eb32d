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
ear=${BENCH_EAR:-$top/ccpe-ear/target/ccpe-selfcare.ear}
offset=${BENCH_PORT_OFFSET:-700}
database=ccpe_bench
admin_password=Bench-Admin-Passw0rd-7
baseline_changes=${BENCH_BASELINE_CHANGES:-100}
engine="-Dccpe.admin.password=$admin_password
  -Dccpe.commit.interval-ms=250 -Dccpe.commit.settle-ms=500 -Dccpe.commit.parallel-routers=10"
# shellcheck source=../lib/server.sh
. "$here/../lib/server.sh"
trap stop_server EXIT
trap 'exit 130' INT TERM

# Replaces the library's bench_build: nothing is installed into the shared local Maven repository
# (other worktrees resolve their own snapshots from it). The product is built by `mvn package`
# when stale, the harness by javac against the simulator's shaded jar.
bench_build() {
  if [ -n "${BENCH_EAR:-}" ]; then
    echo "Measuring $ear"
  elif product_stale; then
    echo "Building the product (mvn package, tests skipped) ..."
    (cd "$top" && mvn -q -B -o package -DskipTests -DskipITs)
  fi
  echo "Building the harness ..."
  local m2=$HOME/.m2/repository
  local classpath=$top/ccpe-mx-simulator/target/ccpe-mx-simulator-0.1.0-SNAPSHOT.jar
  classpath+=:$m2/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar
  classpath+=:$m2/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar
  rm -rf "$target/classes" && mkdir -p "$target/classes"
  javac -nowarn -d "$target/classes" -cp "$classpath" $(find "$here/src/main/java" -name '*.java')
  echo "$classpath" > "$target/classpath.txt"
}

bench_build

# one run: start, sample the server's heap every second, run the harness, read the pool's peak, stop
run() {
  local label=$1 changes=$2 extra=$3
  local out=$target/$label.properties
  start_server "$target/data-$label" "$target/server-$label.out" "$engine $extra"
  echo "run '$label' $extra"
  jstat -gc "$server_pid" 1000 3600 > "$target/heap-$label.txt" 2>/dev/null &
  sampler_pid=$!
  java -cp "$target/classes:$(cat "$target/classpath.txt")" \
    -Djava.util.logging.config.file="$here/logging.properties" \
    -Dbench.mode="$label" -Dbench.changes="$changes" -Dbench.parallel-routers=10 \
    -Dbench.base-url="http://127.0.0.1:$http/ccpe" -Dbench.admin-password="$admin_password" \
    -Dbench.server-pid="$server_pid" -Dbench.out="$out" org.ccpe.bench.ProvisioningBenchmark
  local heap connections
  heap=$(peak_heap_used "$target/heap-$label.txt")
  connections=$(peak_db_connections)
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
