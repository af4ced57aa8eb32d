#!/usr/bin/env bash
# Before the integration tests: a fresh copy of the provisioned WildFly, and empty databases.
#   prepare.sh PROVISIONED_SERVER TEST_SERVER DATA_DIR PG_HOST PG_USER PG_DATABASE
set -euo pipefail
provisioned=$1 server=$2 data=$3 pg_host=$4 pg_user=$5 pg_db=$6
[ -f "$provisioned/.ccpe-configured" ] || { echo "no provisioned server at $provisioned: build wildfly-config first" >&2; exit 1; }
rm -rf "$server" "$data"
cp -a "$provisioned" "$server"
mkdir -p "$data"
psql -q -h "$pg_host" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "CREATE DATABASE $pg_db"
echo "test server at $server, data under $data, PostgreSQL database $pg_db recreated"
