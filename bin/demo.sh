# Demo mode of `./ccpe run`, sourced by ./ccpe: beside the application it starts
#   - the MX simulator: routers mx-paris-1 and mx-lyon-1 (the names the seeded customers use), NETCONF
#     over SSH and an SNMP agent each, with traffic on every port and on every unit a commit creates
#   - the activation-director source, seeded with ccpe-activation-director/examples/customers.json
# and, once the server is up, registers the routers through the API (NETCONF login, SNMP port and
# community, a short poll interval), then prints where everything is. Every port is shifted by
# CCPE_PORT_OFFSET, the application's SNMP trap port too (the routers send it linkUp/linkDown).
# The demo starts from an empty database under $run_dir/demo-data each time.

demo_routers=(mx-paris-1 mx-lyon-1)
demo_router_user=ccpe
demo_router_password=Demo-Router-Passw0rd
demo_community=public
demo_ad_user=director
demo_ad_password=Demo-Director-Passw0rd
demo_admin_password_default=Demo-Admin-Passw0rd
# a newcomer should see a chart move within a minute: polled every 10 s (production default 60 s)
demo_poll_interval_seconds=10
demo_pids=()

# demo_ports OFFSET: the demo's ports, after WildFly's (HTTP 8080 + offset)
demo_ports() {
  local offset=$1
  demo_netconf_base=$((18301 + offset))
  demo_snmp_base=$((16101 + offset))
  demo_ad_port=$((8089 + offset))
  demo_trap_port=$((10162 + offset))
}

# demo_start TOP RUN_DIR OFFSET: starts the simulator and the source; sets demo_java_opts for WildFly
demo_start() {
  local top=$1 run_dir=$2 offset=$3
  demo_ports "$offset"
  local simulator_jar=$top/ccpe-mx-simulator/target/ccpe-mx-simulator-0.1.0-SNAPSHOT.jar
  local director_jar=$top/ccpe-activation-director/target/ccpe-activation-director-0.1.0-SNAPSHOT.jar
  for jar in "$simulator_jar" "$director_jar"; do
    [ -f "$jar" ] || { echo "missing $jar (build first)" >&2; return 1; }
  done
  mkdir -p "$run_dir"
  cat > "$run_dir/demo-routers.properties" <<PROPS
default.user = $demo_router_user
default.password = $demo_router_password
default.commitLatencyMs = 300
default.snmpCommunity = $demo_community
default.snmpInBps = 40000000
default.snmpOutBps = 12000000
default.snmpVariation = 0.4
default.snmpTrapTarget = 127.0.0.1:$demo_trap_port $demo_community
routers = ${demo_routers[*]}
PROPS
  local i=0
  for router in "${demo_routers[@]}"; do
    printf 'router.%s.port = %d\nrouter.%s.snmpPort = %d\n' "$router" $((demo_netconf_base + i)) \
      "$router" $((demo_snmp_base + i)) >> "$run_dir/demo-routers.properties"
    i=$((i + 1))
  done
  java -Xmx256m -jar "$simulator_jar" --config "$run_dir/demo-routers.properties" > "$run_dir/simulator.out" 2>&1 &
  demo_pids+=($!)
  java -Xmx128m -jar "$director_jar" --port "$demo_ad_port" --user "$demo_ad_user" --password "$demo_ad_password" \
    --seed "$top/ccpe-activation-director/examples/customers.json" > "$run_dir/activation-director.out" 2>&1 &
  demo_pids+=($!)
  for _ in $(seq 1 100); do
    grep -q '^ready:' "$run_dir/simulator.out" 2>/dev/null && grep -q '^activation director at' "$run_dir/activation-director.out" 2>/dev/null && break
    sleep 0.2
  done
  grep -q '^ready:' "$run_dir/simulator.out" || { echo "the MX simulator did not start:" >&2; cat "$run_dir/simulator.out" >&2; return 1; }
  grep -q '^activation director at' "$run_dir/activation-director.out" || {
    echo "the activation director did not start:" >&2; cat "$run_dir/activation-director.out" >&2; return 1; }
  demo_java_opts="-Dccpe.ad.url=http://127.0.0.1:$demo_ad_port/ -Dccpe.ad.user=$demo_ad_user -Dccpe.ad.password=$demo_ad_password"
  # the traps stay on loopback; the poll timer looks for due routers every second, not every 5 s
  demo_java_opts+=" -Dccpe.snmp.trap-bind=127.0.0.1 -Dccpe.snmp.trap-port=$demo_trap_port -Dccpe.monitor.tick-ms=1000"
}

# demo_api HTTP_PORT ADMIN_PASSWORD OUT METHOD PATH BODY: one API call as admin; prints the status
demo_api() {
  curl -s -o "$3" -w '%{http_code}' -u "admin:$2" -X "$4" -H 'Content-Type: application/json' \
    "http://127.0.0.1:$1/ccpe/api/v1$5" -d "$6"
}

# demo_register HTTP_PORT ADMIN_PASSWORD RUN_DIR: registers the simulated routers through the API and
# reads the source's customer list once
demo_register() {
  local http=$1 password=$2 run_dir=$3 i=0
  for router in "${demo_routers[@]}"; do
    local status id
    status=$(demo_api "$http" "$password" "$run_dir/register-$router.json" POST /routers "{\"name\":\"$router\",
      \"managementHost\":\"127.0.0.1\",\"netconfPort\":$((demo_netconf_base + i)),\"netconfUser\":\"$demo_router_user\",
      \"netconfPassword\":\"$demo_router_password\",\"snmpPort\":$((demo_snmp_base + i)),
      \"snmpCommunity\":\"$demo_community\",\"servicesPic\":\"ms-1/0/0\",\"model\":\"mx480\"}")
    if [ "$status" != 201 ]; then
      echo "registering $router answered $status:" >&2; cat "$run_dir/register-$router.json" >&2; echo >&2
      return 1
    fi
    id=$(grep -o '"id":[0-9]*' "$run_dir/register-$router.json" | head -n 1 | cut -d: -f2)
    status=$(demo_api "$http" "$password" "$run_dir/monitoring-$router.json" PUT "/routers/$id/monitoring" \
      "{\"pollIntervalSeconds\":$demo_poll_interval_seconds}")
    if [ "$status" != 200 ]; then
      echo "setting $router's poll interval answered $status:" >&2; cat "$run_dir/monitoring-$router.json" >&2; echo >&2
      return 1
    fi
    i=$((i + 1))
  done
  # the Import Customer page lists the seeded customers at once, without a first Refresh
  status=$(demo_api "$http" "$password" "$run_dir/import-candidates.json" POST /import-candidates/refresh "")
  [ "$status" = 200 ] || echo "reading the source's customers answered $status (press Refresh on Import Customer)" >&2
}

# demo_info HTTP_PORT ADMIN_PASSWORD: where everything is
demo_info() {
  local http=$1 password=$2 i=0
  cat <<INFO
    User admin, password $password

  Demo mode (an empty H2 database each start; ./ccpe run --no-demo for a persistent one)
    Activation director (the import source): http://127.0.0.1:$demo_ad_port/ user $demo_ad_user, password $demo_ad_password
      seeded customers acme, globex, initech, umbrella, hooli: console > Inventory > Import Customer
    Simulated MX routers, registered:
INFO
  for router in "${demo_routers[@]}"; do
    printf '      %-11s NETCONF 127.0.0.1:%d (%s / %s), SNMP 127.0.0.1:%d (v2c %s)\n' "$router" \
      $((demo_netconf_base + i)) "$demo_router_user" "$demo_router_password" $((demo_snmp_base + i)) "$demo_community"
    i=$((i + 1))
  done
  echo "      polled every $demo_poll_interval_seconds s; their linkUp/linkDown traps go to the application at 127.0.0.1:$demo_trap_port"
  cat <<INFO
    Try: import acme, change a site's DHCP pool, watch the job commit; each provisioned access link's
    unit appears in its router's IF-MIB with traffic, e.g.
      snmpbulkwalk -v2c -c $demo_community -On 127.0.0.1:$demo_snmp_base 1.3.6.1.2.1.31.1.1.1.1
    Customer users log in as admin@<customer> once an administrator has set their password.
INFO
}

demo_stop() {
  local pid
  for pid in "${demo_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${demo_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  demo_pids=()
}
