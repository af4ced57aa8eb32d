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
ear=${BENCH_EAR:-$top/ccpe-ear/target/ccpe-selfcare.ear}
offset=${BENCH_PORT_OFFSET:-800}
database=ccpe_bench_import
admin_password=Bench-Admin-Passw0rd-7
jfr=""
[ "${BENCH_JFR:-}" = 1 ] && jfr="-XX:StartFlightRecording=filename=$target/import.jfr,settings=profile,dumponexit=true"
# shellcheck source=../lib/server.sh
. "$here/../lib/server.sh"
trap stop_server EXIT
trap 'exit 130' INT TERM

# 1. the product and the harness; 2. a fresh server on a fresh database
bench_build
rm -f "$target/import.jfr"
start_server "$target/data" "$target/server.out" "-Dccpe.admin.password=$admin_password $jfr ${BENCH_SERVER_OPTS:-}"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# 3. the heap sampled every 200 ms while the harness runs
out=$target/result.properties
jstat -gc "$server_pid" 200 100000 > "$target/heap.txt" 2>/dev/null &
sampler_pid=$!
java -Xmx512m -cp "$target/classes:$(cat "$target/classpath.txt")" \
  -Dbench.customers="${BENCH_CUSTOMERS:-1000}" -Dbench.base-url="http://127.0.0.1:$http/ccpe" \
  -Dbench.admin-password="$admin_password" -Dbench.document="$target/document.json" -Dbench.out="$out" \
  org.ccpe.bench.importing.ImportBenchmark
heap=$(peak_heap_used "$target/heap.txt")
committed=$(peak_heap_committed "$target/heap.txt")
connections=$(peak_db_connections)
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
