#!/usr/bin/env bash
# Before the integration tests: a fresh copy of the provisioned WildFly, empty databases, and no
# reports left from an earlier run (failsafe adds to an existing summary).
#   prepare.sh PROVISIONED_SERVER BUILD_DIR PG_HOST PG_USER PG_DATABASE
set -euo pipefail
provisioned=$1 build=$2 pg_host=$3 pg_user=$4 pg_db=$5
[ -f "$provisioned/.ccpe-configured" ] || { echo "no provisioned server at $provisioned: build wildfly-config first" >&2; exit 1; }
rm -rf "$build/wildfly" "$build/it-data" "$build/failsafe-reports"
cp -a "$provisioned" "$build/wildfly"
mkdir -p "$build/it-data"
psql -q -h "$pg_host" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "CREATE DATABASE $pg_db"
echo "test server at $build/wildfly, data under $build/it-data, PostgreSQL database $pg_db recreated"
