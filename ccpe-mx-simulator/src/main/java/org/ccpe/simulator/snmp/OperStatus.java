package org.ccpe.simulator.snmp;

/** IF-MIB {@code ifOperStatus} / {@code ifAdminStatus} values the simulator uses. */
public enum OperStatus {
    UP(1),
    DOWN(2);

    private final int code;

    OperStatus(int code) {
        this.code = code;
    }

    /** The MIB's integer value. */
    public int code() {
        return code;
    }
}
