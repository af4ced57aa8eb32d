#!/usr/bin/env bash
# Installs and starts what the build, the tests and the run need, when it is missing.
# Idempotent and quiet when everything is there. Needs root (or sudo) only to install.
#   bin/prerequisites.sh run     : Java, Maven (and PostgreSQL when CCPE_DB=postgresql)
#   bin/prerequisites.sh test    : the above, PostgreSQL, and the real peers the tests use
set -euo pipefail
purpose=${1:-test}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "need root to run: $*" >&2; return 1; fi; }

missing=()
need() {  # need COMMAND-OR-PATH DEBIAN-PACKAGE
  if [[ $1 == /* ]]; then [ -e "$1" ] || missing+=("$2"); else command -v "$1" >/dev/null 2>&1 || missing+=("$2"); fi
}

need java openjdk-17-jdk-headless
need mvn maven
need unzip unzip
need curl curl   # the demo mode registers its routers through the API
if [ "$purpose" = test ] || [ "${CCPE_DB:-h2}" = postgresql ]; then
  need psql postgresql-client
  ls /etc/postgresql/*/main >/dev/null 2>&1 || missing+=(postgresql)
fi
if [ "$purpose" = test ]; then
  need /usr/bin/chromium chromium
  need /usr/bin/chromedriver chromium-driver
  need /usr/sbin/netconfd netconfd
  need yangcli yangcli
  need /usr/sbin/sshd openssh-server
  need ssh openssh-client
  need /usr/sbin/snmpd snmpd            # the real SNMP agent the monitoring tests poll
  need snmpbulkwalk snmp                # net-snmp tools: the tests' traffic checks and the poll benchmark
  need /usr/sbin/snmptrapd snmptrapd    # a real trap receiver for the simulator's traps
  need ip iproute2                      # network namespaces with veth interfaces for snmpd
  /usr/bin/python3 -c 'import ncclient' >/dev/null 2>&1 || missing+=(python3-ncclient)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PostgreSQL up on 127.0.0.1:5432 (the tests' second database, and CCPE_DB=postgresql)
if command -v pg_lsclusters >/dev/null && { [ "$purpose" = test ] || [ "${CCPE_DB:-h2}" = postgresql ]; }; then
  if ! pg_lsclusters --no-header 2>/dev/null | grep -q online; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.2; done
  pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 1; }
  # trust auth for the local test user, as on the machines this project runs on
  psql -q -h 127.0.0.1 -U postgres -d postgres -c 'SELECT 1' >/dev/null 2>&1 || {
    echo "cannot connect to PostgreSQL as user postgres on 127.0.0.1 without a password" >&2; exit 1; }
  psql -q -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" | grep -q 1 \
    || psql -q -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE test'
fi
exit 0
