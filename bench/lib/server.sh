# Shared by the benchmarks' run.sh scripts (sourced, not run): build what is needed, start the real
# server on PostgreSQL from a fresh copy of the build's provisioned WildFly, read its statistics,
# stop it. The caller sets: here, top, target, ear, offset, database; it gets server, http,
# management, server_pid and sampler_pid (a heap sampler it may start, stopped with the server).

server=$target/wildfly
provisioned=$top/wildfly-config/target/wildfly-39.0.1.Final
http=$((8080 + offset))
management=$((9990 + offset))
server_pid=""
sampler_pid=""

# whether the EAR or the provisioned server is missing, or older than a source
product_stale() {
  [ ! -f "$ear" ] || [ ! -f "$provisioned/.ccpe-configured" ] \
    || [ -n "$(find "$top"/ccpe-* "$top"/wildfly-config/src "$top/pom.xml" -newer "$ear" \( -path '*/src/*' -o -name pom.xml \) -type f -print -quit)" ]
}

# the product when the EAR is missing or older than a source, then the harness and its classpath
bench_build() {
  if [ -n "${BENCH_EAR:-}" ]; then
    echo "Measuring $ear"
  elif product_stale; then
    echo "Building the product (mvn install, tests skipped) ..."
    (cd "$top" && mvn -q -B install -DskipTests -DskipITs)
  fi
  echo "Building the harness ..."
  mvn -q -B -f "$here/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$target/classpath.txt"
}

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

# a fresh server copy, database and data folder; answers when the EAR is deployed
#   start_server DATA_DIR LOG_FILE JAVA_OPTS
#   the API rate limits are off: a benchmark measures the server, not the limiter
start_server() {
  local data=$1 log=$2 opts=$3
  rm -rf "$server" "$data"
  cp -a "$provisioned" "$server"
  cp "$ear" "$server/standalone/deployments/ccpe-selfcare.ear"
  mkdir -p "$data"
  psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
  rm -f "$target/server.pid"
  JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djboss.socket.binding.port-offset=$offset
    -Dccpe.db.driver=postgresql -Dccpe.db.url=jdbc:postgresql://127.0.0.1:5432/$database -Dccpe.db.user=postgres
    -Dccpe.db.password=unused -Dccpe.data.dir=$data -Dccpe.api.rate-limit.per-second=0
    -Dccpe.api.rate-limit.token.per-second=0 $opts" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JBOSS_PIDFILE="$target/server.pid" "$server/bin/standalone.sh" -b 127.0.0.1 > "$log" 2>&1 &
  local deployments=$server/standalone/deployments wait=${BENCH_DEPLOY_WAIT:-${BENCH_DEPLOY_WAIT_S:-120}}
  for _ in $(seq 1 $((wait * 2))); do
    [ -s "$target/server.pid" ] && server_pid=$(cat "$target/server.pid")
    [ -e "$deployments/ccpe-selfcare.ear.deployed" ] && break
    if [ -e "$deployments/ccpe-selfcare.ear.failed" ]; then
      echo "Deployment failed; see $server/standalone/log/server.log" >&2; exit 1
    fi
    sleep 0.5
  done
  [ -e "$deployments/ccpe-selfcare.ear.deployed" ] || { echo "WildFly did not deploy in $wait s (BENCH_DEPLOY_WAIT)" >&2; exit 1; }
  echo "WildFly up (pid $server_pid, HTTP $http, management $management)"
}

# the peak of `jstat -gc` samples in MiB: used = survivors + eden + old; committed likewise
peak_heap_used() {
  awk 'NR>1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > peak) peak = used } END { printf "%.0f", peak / 1024 }' "$1"
}
peak_heap_committed() {
  awk 'NR>1 && $1 ~ /^[0-9.]+$/ { c = $1 + $2 + $5 + $7; if (c > peak) peak = c } END { printf "%.0f", peak / 1024 }' "$1"
}

# the most connections the datasource pool had in use at once
peak_db_connections() {
  cli "/subsystem=datasources/data-source=CcpeDS/statistics=pool:read-attribute(name=MaxUsedCount)" \
    | sed -n 's/.*"result" => \([0-9]*\).*/\1/p'
}
