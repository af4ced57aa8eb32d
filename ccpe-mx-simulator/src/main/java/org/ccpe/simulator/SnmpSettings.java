package org.ccpe.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ccpe.simulator.snmp.AuthProtocol;
import org.ccpe.simulator.snmp.PrivProtocol;

/**
 * How a simulated router's SNMP agent is set up: port, community or USM user, its physical
 * ports, and the traffic its interfaces carry (a base rate each way, swinging by
 * {@code variation}, different per interface).
 */
public final class SnmpSettings {

    /** MX-like default ports: two 10-port GE cards and a 4-port 10GE card. */
    static final List<String> DEFAULT_PORTS = defaultPorts();

    int port;
    String community;
    String user;
    AuthProtocol auth;
    String authPassphrase;
    PrivProtocol priv;
    String privPassphrase;
    List<String> physicalPorts = DEFAULT_PORTS;
    double inBps = 20e6;
    double outBps = 5e6;
    double variation = 0.3;
    final List<String[]> trapTargets = new ArrayList<>();

    SnmpSettings() {}

    /** The UDP port on 127.0.0.1; 0 (the default) picks a free one. */
    public SnmpSettings port(int udpPort) {
        if (udpPort < 0 || udpPort > 65_535) {
            throw new IllegalArgumentException("snmp port must be within 0..65535: " + udpPort);
        }
        this.port = udpPort;
        return this;
    }

    public SnmpSettings community(String readCommunity) {
        this.community = Objects.requireNonNull(readCommunity, "community");
        return this;
    }

    public SnmpSettings user(String name, AuthProtocol authProtocol, String authPass, PrivProtocol privProtocol,
            String privPass) {
        this.user = Objects.requireNonNull(name, "user");
        this.auth = Objects.requireNonNull(authProtocol, "auth");
        this.authPassphrase = Objects.requireNonNull(authPass, "authPassphrase");
        this.priv = Objects.requireNonNull(privProtocol, "priv");
        this.privPassphrase = Objects.requireNonNull(privPass, "privPassphrase");
        return this;
    }

    /** Sends linkUp/linkDown as v2c traps to {@code host:port} (e.g. the application's trap receiver). */
    public SnmpSettings trapTarget(String host, int trapPort, String trapCommunity) {
        trapTargets.add(new String[] {Objects.requireNonNull(host, "host"), Integer.toString(trapPort),
            Objects.requireNonNull(trapCommunity, "community")});
        return this;
    }

    /** The physical ports the router has besides those its configuration names. */
    public SnmpSettings physicalPorts(List<String> names) {
        this.physicalPorts = List.copyOf(names);
        return this;
    }

    /** Base traffic of every interface in bits per second, swinging by {@code swing} (0..0.9). */
    public SnmpSettings traffic(double in, double out, double swing) {
        if (in < 0 || out < 0 || swing < 0 || swing > 0.9) {
            throw new IllegalArgumentException("traffic needs rates >= 0 and a variation within 0..0.9");
        }
        this.inBps = in;
        this.outBps = out;
        this.variation = swing;
        return this;
    }

    private static List<String> defaultPorts() {
        List<String> ports = new ArrayList<>();
        for (int fpc = 0; fpc <= 1; fpc++) {
            for (int port = 0; port < 10; port++) {
                ports.add("ge-" + fpc + "/0/" + port);
            }
        }
        for (int port = 0; port < 4; port++) {
            ports.add("xe-2/0/" + port);
        }
        return List.copyOf(ports);
    }
}
