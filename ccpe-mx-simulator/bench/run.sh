#!/usr/bin/env bash
# What the simulator's SNMP agents cost (see AgentCost.java): ./run.sh [AGENTS] [INTERFACES] [ROUNDS]
# Builds the simulator's classes offline (no install), then runs in one JVM with a 512 MB heap.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
(cd "$root" && mvn -B -q -o -pl ccpe-mx-simulator -am compile)
snmp4j=$(find ~/.m2/repository/org/snmp4j/snmp4j/3.13.1 -name 'snmp4j-3.13.1.jar' | head -n 1)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx512m -cp "$root/ccpe-mx-simulator/target/classes:$snmp4j" "$here/AgentCost.java" "${1:-100}" "${2:-100}" "${3:-3}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
