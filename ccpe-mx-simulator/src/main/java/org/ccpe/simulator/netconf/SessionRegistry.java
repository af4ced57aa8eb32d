package org.ccpe.simulator.netconf;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The open NETCONF sessions of one router, by session id (for {@code kill-session}). */
public final class SessionRegistry {

    private final AtomicInteger lastId = new AtomicInteger(1000);
    private final Map<Integer, NetconfSession> sessions = new ConcurrentHashMap<>();

    int nextId() {
        return lastId.incrementAndGet();
    }

    void add(NetconfSession session) {
        sessions.put(session.id(), session);
    }

    void remove(NetconfSession session) {
        sessions.remove(session.id(), session);
    }

    Optional<NetconfSession> find(int id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** Drops every open session, as a router reboot would. */
    public void dropAll() {
        sessions.values().forEach(NetconfSession::drop);
    }
}
