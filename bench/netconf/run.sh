#!/bin/bash
# The NETCONF benchmark of issue 3 (see README.md). Builds what it needs with Maven (offline when
# the local repository has everything: set MVN_OFFLINE= to allow downloads), then runs our client,
# a raw client and python3-ncclient against a private netconfd and the MX simulator, side by side.
# The table is printed and written to target/results.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OFFLINE=${MVN_OFFLINE--o}

mvn -q -B $OFFLINE -f "$ROOT/pom.xml" install -pl ccpe-netconf,ccpe-mx-simulator -DskipTests
mvn -q -B $OFFLINE -f "$HERE/pom.xml" package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

exec java -Xms256m -Xmx512m \
  -Djava.util.logging.config.file="$HERE/logging.properties" \
  -cp "$HERE/target/classes:$(cat "$HERE/target/classpath.txt")" \
  org.ccpe.bench.netconf.NetconfBench \
  --peer-script "$ROOT/ccpe-netconf/src/test/peer/netconf-peer.sh" \
  --peer-dir "$HERE/target/nc-peer" \
  --ncclient "$HERE/src/main/python/ncclient_bench.py" \
  --out "$HERE/target/results.md" "$@"
