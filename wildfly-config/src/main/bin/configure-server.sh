#!/usr/bin/env bash
# Applies the CLI scripts to an unpacked WildFly, offline, exactly once.
#   configure-server.sh SERVER_DIR CLI_DIR
set -euo pipefail
server=$1 cli=$(cd "$2" && pwd)
marker=$server/.ccpe-configured
stamp=$(cat "$cli"/*.cli | sha256sum | cut -c1-16)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$stamp" ]; then
  echo "WildFly at $server already configured ($stamp)"
  exit 0
fi
if [ -f "$marker" ]; then
  echo "CLI scripts changed since $server was configured: unpack it again (mvn clean)" >&2
  exit 1
fi
props=$(mktemp)
trap 'rm -f "$props"' EXIT
echo "ccpe.cli.dir=$cli" > "$props"
JAVA_OPTS="${JAVA_OPTS:-} -Djava.awt.headless=true" \
  "$server/bin/jboss-cli.sh" --file="$cli/provision-offline.cli" --properties="$props" > "$server/ccpe-configure.log" 2>&1 \
  || { cat "$server/ccpe-configure.log" >&2; exit 1; }
grep -q '"outcome" => "failed"' "$server/ccpe-configure.log" && { cat "$server/ccpe-configure.log" >&2; exit 1; }
echo "$stamp" > "$marker"
echo "WildFly at $server configured ($stamp)"
