#!/bin/bash
# A real NETCONF peer for ccpe-netconf's tests: yuma123 netconfd (Debian 12) behind a PRIVATE
# OpenSSH sshd on loopback, all state under $NC_PEER_DIR. Adapted from shared/peers/netconf-peer.sh:
# ports come from the caller, the client's authorized keys live in $NC_PEER_DIR, and the root-only
# package/user step (install) is apart from the per-run files (configure).
#   127.0.0.1:$NC_PORT_CANDIDATE -> netconfd #1 --target=candidate (:candidate, :confirmed-commit, :validate)
#   127.0.0.1:$NC_PORT_RUNNING   -> netconfd #2 --target=running   (:writable-running, :startup)
# Login: ncuser / ncpass, or the key $D/client_ed25519 / $D/client_rsa.pem
# usage: netconf-peer.sh installed|install|configure|start|stop
set -euo pipefail
D=${NC_PEER_DIR:?NC_PEER_DIR must name the peer folder}
P1=${NC_PORT_CANDIDATE:-8830}
P2=${NC_PORT_RUNNING:-8831}
USER_NAME=ncuser USER_PW=ncpass
MODULE_SRC=${NC_MODULE:-$(cd "$(dirname "$0")" && pwd)/acme-sites.yang}

installed() {  # exit 0 when packages and the login user are there
  [ -x /usr/sbin/netconfd ] && [ -x /usr/sbin/netconf-subsystem ] && [ -x /usr/sbin/sshd ] \
    && [ -x /usr/bin/ssh-keygen ] && id $USER_NAME >/dev/null 2>&1
}

install() {  # root only: Debian packages and the login user
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends netconfd openssh-server openssh-client >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y --no-install-recommends netconfd openssh-server openssh-client >/dev/null; }
  id $USER_NAME >/dev/null 2>&1 || useradd -m -s /bin/bash $USER_NAME
  echo "$USER_NAME:$USER_PW" | chpasswd
}

configure() {  # private files of this instance; keys are made once per folder
  mkdir -p $D/ssh $D/home $D/run1 $D/run2 /run/sshd
  chmod 755 /run/sshd $D $D/ssh $D/run1 $D/run2
  for t in ed25519 rsa ecdsa; do [ -f $D/ssh/ssh_host_${t}_key ] || ssh-keygen -q -t $t -N '' -f $D/ssh/ssh_host_${t}_key; done
  [ -f $D/client_ed25519 ] || ssh-keygen -q -t ed25519 -N '' -f $D/client_ed25519
  [ -f $D/client_rsa.pem ] || ssh-keygen -q -t rsa -b 3072 -m PEM -N '' -f $D/client_rsa.pem
  cat $D/client_ed25519.pub $D/client_rsa.pem.pub > $D/ssh/authorized_keys
  chmod 644 $D/ssh/authorized_keys
  cat > $D/ssh/sshd_config <<CFG
ListenAddress 127.0.0.1
Port $P1
Port $P2
HostKey $D/ssh/ssh_host_ed25519_key
HostKey $D/ssh/ssh_host_rsa_key
HostKey $D/ssh/ssh_host_ecdsa_key
PidFile $D/ssh/sshd.pid
AuthorizedKeysFile $D/ssh/authorized_keys
# the key file lives in the peer folder, which may sit below a world-writable /tmp: a private
# sshd checking only its own files needs no walk up the path
StrictModes no
UsePAM no
PasswordAuthentication yes
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin no
AllowUsers $USER_NAME
MaxSessions 64
MaxStartups 200:30:400
LogLevel INFO
Subsystem netconf /usr/sbin/netconf-subsystem --ncxserver-sockname=$P1@$D/run1/ncxserver.sock --ncxserver-sockname=$P2@$D/run2/ncxserver.sock
CFG
  /usr/sbin/sshd -t -f $D/ssh/sshd_config
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"/>\n' > $D/startup-empty.xml
}

start_netconfd() {  # $1=instance $2=port, rest = extra args
  local i=$1 port=$2; shift 2
  local R=$D/run$i
  cp $D/startup-empty.xml $R/startup-cfg.xml           # fresh, empty datastore each start
  rm -f $R/ncxserver.sock
  HOME=$D/home nohup /usr/sbin/netconfd \
    --module="$MODULE_SRC" \
    --ncxserver-sockname=$R/ncxserver.sock \
    --startup=$R/startup-cfg.xml \
    --superuser=$USER_NAME \
    --port=$port \
    --log=$R/netconfd.log --log-level=${NC_LOG_LEVEL:-warn} \
    "$@" > $R/netconfd.out 2>&1 < /dev/null &
  echo $! > $R/netconfd.pid
  for _ in $(seq 1 100); do [ -S $R/ncxserver.sock ] && return 0; sleep 0.05; done
  echo "netconfd $i failed:"; cat $R/netconfd.out $R/netconfd.log; return 1
}

start() {
  local t0=$(date +%s%N)
  start_netconfd 1 $P1 --target=candidate --with-startup=false
  start_netconfd 2 $P2 --target=running --with-startup=true
  nohup /usr/sbin/sshd -D -e -f $D/ssh/sshd_config > $D/ssh/sshd.log 2>&1 < /dev/null &
  echo $! > $D/ssh/sshd.pid.fg
  for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/$P2) 2>/dev/null && break; sleep 0.05; done
  (exec 3<>/dev/tcp/127.0.0.1/$P2) 2>/dev/null || { echo "sshd did not come up:"; cat $D/ssh/sshd.log; return 1; }
  echo "netconf peer up in $(( ($(date +%s%N)-t0)/1000000 )) ms on 127.0.0.1:$P1,$P2"
}

stop() {
  for f in $D/ssh/sshd.pid.fg $D/run1/netconfd.pid $D/run2/netconfd.pid; do
    [ -f $f ] && kill "$(cat $f)" 2>/dev/null || true
  done
  for f in $D/ssh/sshd.pid.fg $D/run1/netconfd.pid $D/run2/netconfd.pid; do
    [ -f $f ] || continue
    for _ in $(seq 1 50); do kill -0 "$(cat $f)" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$(cat $f)" 2>/dev/null || true
    rm -f $f
  done
}

case "${1:-}" in
  installed) installed ;;
  install) install ;;
  configure) configure ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 installed|install|configure|start|stop"; exit 2 ;;
esac
