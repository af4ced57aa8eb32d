#!/usr/bin/env bash
# Issue 5's monitoring benchmark, poller part: 100 simulated MX agents x 100 interfaces (10,000
# access links) in one JVM; one poll cycle of all of them by SnmpPoller in another JVM (a cold
# cycle that resolves names, then warm ones), its wall and CPU time; side by side, net-snmp's
# snmpbulkwalk of the same columns over the same agents, one after another and 16 in parallel.
# Prints the table for docs/BENCHMARKS.md (also target/report.md).
#
#   bench/monitoring/run.sh
#
# Environment:
#   BENCH_AGENTS (100)  BENCH_INTERFACES (100)  BENCH_CYCLES (10 warm cycles)
#   BENCH_BASE_PORT     first agent's UDP port on 127.0.0.1 (default 21000)
#   BENCH_PARALLEL      snmpbulkwalk processes at once in the parallel run (default 16)
#   BENCH_E2E=0         skip the end-to-end run in the server (which needs the EAR and the
#                       provisioned WildFly: mvn -pl ccpe-ear,wildfly-config -am package -DskipTests)
#   BENCH_E2E_CYCLES    cycles measured in the server (default 40; the second half is summarised as warm)
#   BENCH_PORT_OFFSET   WildFly port offset (default 1300: HTTP 9380, management 11290)
#   BENCH_DEPLOY_WAIT_S how long WildFly may take to deploy (default 120; a loaded 2-core machine needs more)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
target=$here/target
agents=${BENCH_AGENTS:-100}
interfaces=${BENCH_INTERFACES:-100}
cycles=${BENCH_CYCLES:-10}
base=${BENCH_BASE_PORT:-21000}
parallel=${BENCH_PARALLEL:-16}
agents_pid=""
stop_agents() { if [ -n "$agents_pid" ]; then kill "$agents_pid" 2>/dev/null || true; wait "$agents_pid" 2>/dev/null || true; fi; }
ear=${BENCH_EAR:-$top/ccpe-ear/target/ccpe-selfcare.ear}
offset=${BENCH_PORT_OFFSET:-1300}
database=ccpe_bench_monitoring
admin_password=Bench-Admin-Passw0rd-7
# shellcheck source=../lib/server.sh
. "$here/../lib/server.sh"
trap 'stop_server; stop_agents' EXIT
trap 'exit 130' INT TERM
mkdir -p "$target/classes"

# the product's classes (compiled, nothing installed) and the harness, compiled by javac
echo "Building ..."
(cd "$top" && mvn -q -B -o -pl ccpe-ejb -am compile \
  && mvn -q -B -o -pl ccpe-mx-simulator -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
       -Dmdep.outputFile="$target/simulator.classpath")  # the last module written is the simulator
cp="$top/ccpe-ejb/target/classes:$top/ccpe-mx-simulator/target/classes:$(cat "$target/simulator.classpath")"
javac -q -d "$target/classes" -cp "$cp" "$here"/src/org/ccpe/bench/*.java 2>/dev/null \
  || javac -d "$target/classes" -cp "$cp" "$here"/src/org/ccpe/bench/*.java
cp="$target/classes:$cp"
logging="-Djava.util.logging.config.file=$here/logging.properties"

echo "Machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$target/agents.ready"
java -Xmx768m $logging -cp "$cp" org.ccpe.bench.MonitoringBenchmark agents "$agents" "$interfaces" "$base" "$target/agents.ready" \
  > "$target/agents.out" 2>&1 &
agents_pid=$!
for _ in $(seq 1 120); do [ -f "$target/agents.ready" ] && break; sleep 0.5; done
[ -f "$target/agents.ready" ] || { echo "agents did not start; see $target/agents.out" >&2; exit 1; }
echo "$agents agents x $interfaces interfaces up on 127.0.0.1:$base.."

# 1. our poller
java -Xmx512m $logging -cp "$cp" org.ccpe.bench.MonitoringBenchmark poll "$agents" "$interfaces" "$base" "$cycles" \
  "$target/poller.properties"

# 2. end to end in the server: timer fire -> polls -> 10,000 samples committed in PostgreSQL
sql() { psql -qtA -h 127.0.0.1 -U postgres -d "$database" -c "$1"; }
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
# the server's threads' CPU ticks by name, digits dropped ("EJB default - 3" -> "EJB default - #")
thread_ticks() {
  for t in /proc/"$server_pid"/task/*; do
    { read -r comm < "$t/comm"; awk -v n="${comm//[0-9]/#}" '{print n "\t" $14 + $15}' "$t/stat"; } 2>/dev/null || true
  done | awk -F'\t' '{s[$1] += $2} END {for (n in s) print n "\t" s[n]}' | sort
}
await() {  # $1 = SQL giving a number, $2 = at least this, $3 = seconds at most
  local end=$((SECONDS + $3))
  while [ "$(sql "$1")" -lt "$2" ]; do [ $SECONDS -lt $end ] || return 1; sleep 0.05; done
}
if [ "${BENCH_E2E:-1}" != 0 ]; then
  links=$((agents * interfaces))
  start_server "$target/data" "$target/server.out" "-Dccpe.admin.password=$admin_password
    -Dccpe.monitor.tick-ms=1000 -Dccpe.snmp.trap-port=$((10162 + offset)) ${BENCH_SERVER_OPTS:-}"
  java -cp "$cp" org.ccpe.bench.MonitoringSetup "http://127.0.0.1:$http/ccpe" "$admin_password" \
    "$agents" "$interfaces" "$base"
  # the cold cycle (names resolved, no rates yet) starts by itself while the import stores; on a
  # loaded machine some routers time out then and come back after their backoff
  await "SELECT count(*) FROM router_poll_state WHERE last_success_at IS NOT NULL" "$agents" 600 \
    || { echo "not every router was polled in 10 minutes" >&2; exit 1; }
  : > "$target/e2e.txt"; : > "$target/e2e-threads.txt"
  for c in $(seq 1 "${BENCH_E2E_CYCLES:-40}"); do
    before=$(sql "SELECT count(*) FROM link_sample")
    cpu0=$(server_cpu_ticks)
    thread_ticks > "$target/threads-before.txt"
    # every router due at once, the worst case (normally jitter spreads them over the interval)
    mark=$(sql "SELECT now()")
    sql "UPDATE router_poll_state SET next_poll_at = now()" > /dev/null
    await "SELECT count(*) FROM link_sample" $((before + links)) 60 || { echo "cycle $c: samples missing" >&2; exit 1; }
    done_at=$(date +%s.%N)
    cpu1=$(server_cpu_ticks)
    thread_ticks | join -t$'\t' -a2 "$target/threads-before.txt" - \
      | awk -F'\t' -v c="$c" -v hz="$(getconf CLK_TCK)" 'NF == 3 && $3 > $2 {print c "\t" ($3 - $2) * 1000 / hz "\t" $1}
        NF == 2 && $2 > 0 {print c "\t" $2 * 1000 / hz "\t" $1}' | sort -t$'\t' -k2,2nr >> "$target/e2e-threads.txt"
    fired=$(sql "SELECT extract(epoch FROM min(last_attempt_at)) FROM router_poll_state WHERE last_attempt_at >= '$mark'")
    echo "$c $(echo "($done_at - $fired) * 1000" | bc) $(( (cpu1 - cpu0) * 1000 / $(getconf CLK_TCK) ))" | tee -a "$target/e2e.txt"
    sleep 2
  done
  heap=$(cli "/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)" | sed -n 's/.*"used" => \([0-9]*\)L.*/\1/p')
  {
    echo "e2eCycles=$(wc -l < "$target/e2e.txt")"
    echo "e2eWallMs=$(awk '{printf "%s%.0f", (NR > 1 ? "," : ""), $2}' "$target/e2e.txt")"
    echo "e2eCpuMs=$(awk '{printf "%s%s", (NR > 1 ? "," : ""), $3}' "$target/e2e.txt")"
    echo "e2eSamples=$links"
    echo "e2eHeapUsedMiB=$(( ${heap:-0} / 1048576 ))"
    echo "e2eDbConnections=$(peak_db_connections)"
  } > "$target/e2e.properties"
  stop_server
else
  : > "$target/e2e.properties"
fi

# 3. net-snmp: every column the poller reads for the issue (and sysUpTime), one snmpbulkwalk each
columns="1.3.6.1.2.1.1.3 1.3.6.1.2.1.2.2.1.8 1.3.6.1.2.1.2.2.1.7 1.3.6.1.2.1.31.1.1.1.6 1.3.6.1.2.1.31.1.1.1.10
  1.3.6.1.2.1.31.1.1.1.7 1.3.6.1.2.1.31.1.1.1.11 1.3.6.1.2.1.2.2.1.14 1.3.6.1.2.1.2.2.1.20 1.3.6.1.2.1.2.2.1.13
  1.3.6.1.2.1.2.2.1.19 1.3.6.1.2.1.31.1.1.1.15"
: > "$target/walks.txt"
for a in $(seq 0 $((agents - 1))); do
  for c in $columns; do echo "127.0.0.1:$((base + a)) $c" >> "$target/walks.txt"; done
done
walks() {  # $1 = processes at once; prints "wall user sys values"
  local TIMEFORMAT='%R %U %S' t values
  { t=$( { time xargs -P "$1" -L 1 snmpbulkwalk -v2c -c public -Cr100 -On -Oq -t 2 -r 2 \
      < "$target/walks.txt" > "$target/walks-$1.out" 2>&1; } 2>&1 ); } 
  values=$(grep -c '^\.' "$target/walks-$1.out" || true)
  echo "$t $values"
}
walks "$parallel" > /dev/null   # warm the agents' side the same way the poller's cold cycle did
read -r seq_wall seq_user seq_sys seq_values < <(walks 1)
read -r par_wall par_user par_sys par_values < <(walks "$parallel")
{
  echo "netsnmpProcesses=$(wc -l < "$target/walks.txt")"
  echo "sequentialWallS=$seq_wall"; echo "sequentialCpuS=$(echo "$seq_user + $seq_sys" | bc)"; echo "sequentialValues=$seq_values"
  echo "parallelWallS=$par_wall"; echo "parallelCpuS=$(echo "$par_user + $par_sys" | bc)"; echo "parallelValues=$par_values"
  echo "parallel=$parallel"; echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$target/netsnmp.properties"
stop_agents; agents_pid=""

java -cp "$cp" org.ccpe.bench.MonitoringReport "$target/poller.properties" "$target/netsnmp.properties" "$target/e2e.properties" \
  | tee "$target/report.md"
# the second half of the end-to-end cycles, when the JIT has compiled most of the cycle's code:
# the server's CPU over the busy span (timer fire to samples committed), and by thread
if [ -s "$target/e2e.txt" ]; then
  from=$(( $(wc -l < "$target/e2e.txt") / 2 + 1 ))
  {
    echo
    awk -v a="$from" '$1 >= a {w += $2; c += $3; n++} END {printf "Server, end-to-end cycles %d-%d: wall %.0f ms, CPU %.0f ms per cycle on average: %.0f %% of one core over the busy span.\n", a, a + n - 1, w / n, c / n, 100 * c / w}' "$target/e2e.txt"
    awk -F'\t' -v a="$from" '$1 >= a {s[$3] += $2; if ($1 > n) n = $1} END {for (t in s) printf "%.0f ms %s\n", s[t] / (n - a + 1), t}' \
      "$target/e2e-threads.txt" | sort -rn | head -6 | paste -sd';' | sed 's/;/; /g; s/^/CPU per cycle by thread: /'
  } | tee -a "$target/report.md"
fi
