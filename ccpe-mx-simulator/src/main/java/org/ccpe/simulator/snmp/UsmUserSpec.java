package org.ccpe.simulator.snmp;

import java.util.Objects;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OctetString;

/** An SNMPv3 USM user at authPriv: name, protocols and pass phrases (RFC 3414: at least 8 characters). */
record UsmUserSpec(String name, AuthProtocol auth, String authPassphrase, PrivProtocol priv, String privPassphrase) {

    UsmUserSpec {
        Objects.requireNonNull(name, "user");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(priv, "priv");
        if (name.isEmpty() || name.length() > 32) {
            throw new IllegalArgumentException("a USM user name has 1 to 32 characters: " + name);
        }
        if (authPassphrase == null || authPassphrase.length() < 8) {
            throw new IllegalArgumentException("authPassphrase needs at least 8 characters");
        }
        if (privPassphrase == null || privPassphrase.length() < 8) {
            throw new IllegalArgumentException("privPassphrase needs at least 8 characters");
        }
    }

    UsmUser toUsmUser() {
        return new UsmUser(new OctetString(name), auth.id(), new OctetString(authPassphrase), priv.id(),
                new OctetString(privPassphrase));
    }

    @Override
    public String toString() {
        return name + " " + auth + "/" + priv; // never the pass phrases
    }
}
