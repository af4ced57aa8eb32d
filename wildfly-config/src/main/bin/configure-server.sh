#!/usr/bin/env bash
# Provisions the build's WildFly: unpacks the distribution, adds the PostgreSQL driver module and
# applies the CLI scripts offline. Does the work again only when the scripts, the driver or the
# distribution changed (a stamp of all three is kept in the server folder).
#   configure-server.sh WILDFLY_DIST_ZIP SERVER_DIR CLI_DIR POSTGRESQL_JAR
set -euo pipefail
zip=$1 server=$2 cli=$(cd "$3" && pwd) driver=$4
stamp=$( (cat "$cli"/*.cli; basename "$zip"; basename "$driver") | sha256sum | cut -c1-16)
marker=$server/.ccpe-configured
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$stamp" ]; then
  echo "WildFly at $server already configured ($stamp)"
  exit 0
fi
rm -rf "$server"
parent=$(dirname "$server")
mkdir -p "$parent"
unpacked=$(mktemp -d "$parent/unpack.XXXXXX")
unzip -q "$zip" -d "$unpacked"
mv "$unpacked"/wildfly-* "$server"
rmdir "$unpacked"

module=$server/modules/org/postgresql/main
mkdir -p "$module"
cp "$driver" "$module/"
cat > "$module/module.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- The PostgreSQL JDBC driver as a WildFly module. -->
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
  <resources>
    <resource-root path="$(basename "$driver")"/>
  </resources>
  <dependencies>
    <module name="java.logging"/>
    <module name="java.naming"/>
    <module name="java.sql"/>
    <module name="java.security.jgss"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML

props=$(mktemp)
trap 'rm -f "$props"' EXIT
echo "ccpe.cli.dir=$cli" > "$props"
"$server/bin/jboss-cli.sh" --file="$cli/provision-offline.cli" --properties="$props" > "$server/ccpe-configure.log" 2>&1 \
  || { cat "$server/ccpe-configure.log" >&2; exit 1; }
if grep -q '"outcome" => "failed"' "$server/ccpe-configure.log"; then
  cat "$server/ccpe-configure.log" >&2
  exit 1
fi
echo "$stamp" > "$marker"
echo "WildFly at $server provisioned and configured ($stamp)"
