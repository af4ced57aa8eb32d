#!/usr/bin/python3
"""The NETCONF benchmark's python3-ncclient client (Debian's package), with TICK lowered to 1 ms.

usage: ncclient_bench.py HOST PORT USER PASSWORD WORKLOAD_FILE SETUPS PAUSE_AFTER_HELLO_S TIMEOUT_S
The workload file holds one payload per line: "one <xml>", "bulk <xml>", "filter <xml>".
Prints one line per measured step: "<step> <ms> <ms> ...", then "lost N" and "errors N".
"""
import sys
import time

import ncclient.transport.ssh as ssh_transport
from ncclient import manager
from ncclient.operations.errors import TimeoutExpiredError
from ncclient.operations.rpc import RPCError

ssh_transport.TICK = 0.001

host, port, user, password, workload_file = sys.argv[1:6]
setups, pause, timeout = int(sys.argv[6]), float(sys.argv[7]), float(sys.argv[8])
one, bulk, subtree = [], [], None
with open(workload_file, encoding="utf-8") as lines:
    for line in lines:
        kind, _, xml = line.rstrip("\n").partition(" ")
        if kind == "one":
            one.append(xml)
        elif kind == "bulk":
            bulk.append(xml)
        elif kind == "filter":
            subtree = xml

NC = "urn:ietf:params:xml:ns:netconf:base:1.0"
times = {"setup": [], "edit_commit": [], "bulk": [], "get": []}
lost = errors = 0


def connect():
    m = manager.connect(host=host, port=int(port), username=user, password=password, hostkey_verify=False,
                        look_for_keys=False, allow_agent=False, device_params={"name": "default"}, timeout=timeout)
    m.timeout = timeout
    return m


def timed(step, call):
    global lost, errors
    start = time.perf_counter()
    try:
        call()
    except TimeoutExpiredError:
        lost += 1
        return
    except RPCError:
        errors += 1
        return
    times[step].append((time.perf_counter() - start) * 1000)


for _ in range(setups):
    start = time.perf_counter()
    session = connect()
    times["setup"].append((time.perf_counter() - start) * 1000)
    time.sleep(pause)  # a close-session right after the hello would be dropped by netconfd too
    try:
        session.close_session()
    except TimeoutExpiredError:
        lost += 1

m = connect()
time.sleep(pause)  # netconfd drops an rpc that arrives with the hello; not timed
for xml in one:
    timed("edit_commit", lambda: (m.edit_config(target="candidate", config='<config xmlns="%s">%s</config>' % (NC, xml)),
                                  m.commit()))
for xml in bulk:
    timed("bulk", lambda: (m.edit_config(target="candidate", config='<config xmlns="%s">%s</config>' % (NC, xml)),
                           m.commit()))
for _ in range(30):
    timed("get", lambda: m.get_config(source="running", filter=("subtree", subtree)).data_ele)
m.close_session()

for step, values in times.items():
    print(step, " ".join("%.3f" % v for v in values))
print("lost", lost)
print("errors", errors)
