#!/usr/bin/env bash
# Issue 6's import benchmark: 1,000 customers x 10 sites x 2 access links in one topology document,
# POST /api/v1/imports on WildFly + PostgreSQL, then the same document again (all unchanged).
# Prints the table for docs/BENCHMARKS.md. Same server handling as bench/provisioning/run.sh.
#
#   bench/import/run.sh
#
# Environment:
#   BENCH_CUSTOMERS          customers in the document (default 1000; 10 sites, 2 links each)
#   BENCH_PORT_OFFSET        WildFly port offset (default 800: HTTP 8880, management 10790)
#   BENCH_JFR=1              record the server with Java Flight Recorder (target/import.jfr)
#   BENCH_SERVER_OPTS        more JVM options for the server (e.g. -Dccpe.import.async-threshold=100000)
#   BENCH_EAR                measure this EAR instead of the one the repository builds (no product build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
target=$here/target
server=$target/wildfly
provisioned=$top/wildfly-config/target/wildfly-39.0.1.Final
ear=${BENCH_EAR:-$top/ccpe-ear/target/ccpe-selfcare.ear}
offset=${BENCH_PORT_OFFSET:-800}
http=$((8080 + offset))
management=$((9990 + offset))
admin_password=Bench-Admin-Passw0rd-7
database=ccpe_bench_import
jfr=""
[ "${BENCH_JFR:-}" = 1 ] && jfr="-XX:StartFlightRecording=filename=$target/import.jfr,settings=profile,dumponexit=true"
java_opts="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djboss.socket.binding.port-offset=$offset
  -Dccpe.db.driver=postgresql -Dccpe.db.url=jdbc:postgresql://127.0.0.1:5432/$database -Dccpe.db.user=postgres
  -Dccpe.db.password=unused -Dccpe.admin.password=$admin_password -Dccpe.data.dir=$target/data
  $jfr ${BENCH_SERVER_OPTS:-}"

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

# 2. a fresh server copy, database and data folder; on when the EAR is deployed
rm -rf "$server" "$target/data" "$target/import.jfr"
cp -a "$provisioned" "$server"
cp "$ear" "$server/standalone/deployments/ccpe-selfcare.ear"
mkdir -p "$target/data"
psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
rm -f "$target/server.pid"
JAVA_OPTS="$(echo $java_opts)" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$target/server.pid" \
  "$server/bin/standalone.sh" -b 127.0.0.1 > "$target/server.out" 2>&1 &
deployments=$server/standalone/deployments
for _ in $(seq 1 240); do
  [ -s "$target/server.pid" ] && server_pid=$(cat "$target/server.pid")
  [ -e "$deployments/ccpe-selfcare.ear.deployed" ] && break
  if [ -e "$deployments/ccpe-selfcare.ear.failed" ]; then
    echo "Deployment failed; see $server/standalone/log/server.log" >&2; exit 1
  fi
  sleep 0.5
done
[ -e "$deployments/ccpe-selfcare.ear.deployed" ] || { echo "WildFly did not deploy in 2 minutes" >&2; exit 1; }
echo "WildFly up (pid $server_pid, HTTP $http, management $management)"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# 3. the heap sampled every 200 ms while the harness runs
out=$target/result.properties
jstat -gc "$server_pid" 200 100000 > "$target/heap.txt" 2>/dev/null &
sampler_pid=$!
java -Xmx512m -cp "$target/classes:$(cat "$target/classpath.txt")" \
  -Dbench.customers="${BENCH_CUSTOMERS:-1000}" -Dbench.base-url="http://127.0.0.1:$http/ccpe" \
  -Dbench.admin-password="$admin_password" -Dbench.document="$target/document.json" -Dbench.out="$out" \
  org.ccpe.bench.importing.ImportBenchmark
# heap used = survivor + eden + old (KiB), the peak of the samples; heap committed likewise
heap=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > peak) peak = used } END { printf "%.0f", peak / 1024 }' "$target/heap.txt")
committed=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { c = $1 + $2 + $5 + $7; if (c > peak) peak = c } END { printf "%.0f", peak / 1024 }' "$target/heap.txt")
connections=$(cli "/subsystem=datasources/data-source=CcpeDS/statistics=pool:read-attribute(name=MaxUsedCount)" \
  | sed -n 's/.*"result" => \([0-9]*\).*/\1/p')
rows=$(psql -qtA -h 127.0.0.1 -U postgres -d $database -c \
  "SELECT (SELECT count(*) FROM customer) || ' customers, ' || (SELECT count(*) FROM site) || ' sites, '
     || (SELECT count(*) FROM access_link) || ' access links, ' || (SELECT count(*) FROM audit_entry) || ' audit rows'")
{ echo "peakHeapMiB=$heap"; echo "peakHeapCommittedMiB=$committed"; echo "peakDbConnections=${connections:-?}"
  echo "storedRows=$rows"; echo "loadAfter=$(cut -d' ' -f1-3 /proc/loadavg)"; } >> "$out"
[ -n "$jfr" ] && jcmd "$server_pid" JFR.dump name=1 filename="$target/import.jfr" >/dev/null 2>&1 || true
stop_server
echo
echo "| what | result |"
echo "|---|---|"
sed -n 's/^\([a-zA-Z.]*\)=\(.*\)$/| \1 | \2 |/p' "$out" | sort
