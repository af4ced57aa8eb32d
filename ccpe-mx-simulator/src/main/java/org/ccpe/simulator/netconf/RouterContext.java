package org.ccpe.simulator.netconf;

import org.ccpe.simulator.Knobs;
import org.ccpe.simulator.RouterCounters;
import org.ccpe.simulator.config.ConfigurationDatabase;
import org.ccpe.simulator.operational.OperationalState;

/** What a NETCONF session of one router works on. */
public record RouterContext(String name, ConfigurationDatabase database, Knobs knobs, RouterCounters counters,
        OperationalState operational, SessionRegistry sessions) {}
