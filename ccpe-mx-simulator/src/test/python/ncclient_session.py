"""Drives a simulated router with Debian's python3-ncclient, an independent NETCONF client.

Usage: ncclient_session.py HOST PORT USER PASSWORD
Prints one "key=value" line per check; the JUnit test asserts on them. Exits non-zero on any
unexpected exception.
"""
import sys

import ncclient.transport.ssh
from ncclient import manager
from ncclient.operations import RPCError

ncclient.transport.ssh.TICK = 0.001

host, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]


def connect(device):
    return manager.connect(host=host, port=port, username=user, password=password,
                           hostkey_verify=False, look_for_keys=False, allow_agent=False,
                           device_params={'name': device}, timeout=20)


EDIT = """<config><configuration><interfaces><interface><name>ge-1/0/3</name>
<unit><name>220</name><vlan-id>220</vlan-id>
<family><inet><address><name>10.2.0.1/30</name></address></inet></family></unit>
</interface></interfaces></configuration></config>"""

with connect('junos') as m:
    print("session-id=%s" % m.session_id)
    print("base11=%s" % ('urn:ietf:params:netconf:base:1.1' in m.server_capabilities))
    print("junos=%s" % ('http://xml.juniper.net/netconf/junos/1.0' in m.server_capabilities))
    m.lock(target='candidate')
    print("lock=ok")
    m.edit_config(target='candidate', config=EDIT)
    print("edit=ok")
    diff = m.compare_configuration(rollback=0)
    print("diff-has-unit=%s" % ('+   unit 220 {' in diff.tostring.decode()))
    m.commit(comment='from ncclient')
    print("commit=ok")
    running = m.get_config(source='running').data_xml
    print("running-has-unit=%s" % ('<name>220</name>' in running))
    m.load_configuration(format='text', action='merge',
                         config='interfaces { ge-1/0/3 { unit 221 { vlan-id 220; } } }')
    try:
        m.commit()
        print("bad-commit=accepted")
    except RPCError as e:
        first = e.errors[0] if getattr(e, 'errors', None) else e
        print("bad-commit=rejected path=%s" % first.path)
    m.discard_changes()
    m.unlock(target='candidate')
    print("unlock=ok")

with connect('default') as m:
    m.lock(target='candidate')
    m.edit_config(target='candidate', config=EDIT.replace('220', '230'))
    m.commit()
    m.unlock(target='candidate')
    running = m.get_config(source='running', filter=('subtree', '<configuration><interfaces/></configuration>')).data_xml
    print("default-running-has-unit=%s" % ('<name>230</name>' in running))
print("done")
