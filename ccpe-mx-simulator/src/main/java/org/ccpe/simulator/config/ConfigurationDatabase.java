package org.ccpe.simulator.config;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One router's configuration database: the shared {@link Candidate}, the running configuration
 * and the {@link CommitHistory}, the exclusive lock, and the pending confirmed commit.
 *
 * <p>Junos semantics kept here on purpose, since the provisioning engine must cope with them: a
 * session holding the lock is the only one that may change or commit the candidate; a lock is
 * refused while the candidate holds someone's uncommitted changes; when the lock holder goes
 * away, its uncommitted changes are discarded; a confirmed commit that is not confirmed (by any
 * later commit) within its timeout is rolled back to the configuration before it, by the router
 * itself.
 */
public final class ConfigurationDatabase {

    private final CommitHistory history;
    private final Candidate candidate;
    private final ScheduledExecutorService timer;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong automaticRollbacks = new AtomicLong();
    private Integer lockHolder;
    private ScheduledFuture<?> pendingRollback;
    private ConfigNode beforeConfirmedCommit;
    private ConfigNode passedCheck;

    public ConfigurationDatabase(ConfigNode initial, ScheduledExecutorService timer, Clock clock) {
        this.history = new CommitHistory(initial, clock);
        this.candidate = new Candidate(initial);
        this.timer = timer;
    }

    public synchronized ConfigNode running() {
        return history.running().copy();
    }

    public synchronized ConfigNode candidate() {
        return candidate.tree().copy();
    }

    /** The part of the running configuration that a subtree filter selects (all of it for null), as a copy. */
    public synchronized ConfigNode running(ConfigNode filter) {
        return filter == null ? running() : SubtreeFilter.select(history.running(), filter);
    }

    /** The part of the candidate that a subtree filter selects (all of it for null), as a copy. */
    public synchronized ConfigNode candidate(ConfigNode filter) {
        return filter == null ? candidate() : SubtreeFilter.select(candidate.tree(), filter);
    }

    /** {@code rollback n} as a copy; {@link ConfigurationException} when the history is not that deep. */
    public synchronized ConfigNode rollback(int n) throws ConfigurationException {
        return commitAt(n).configuration().copy();
    }

    private Commit commitAt(int n) throws ConfigurationException {
        return history.rollback(n)
                .orElseThrow(() -> new ConfigurationException(ConfigError.invalidValue("rollback " + n + " does not exist")));
    }

    public synchronized List<Commit> commitHistory() {
        return history.commits();
    }

    /** The session holding the lock, or null. */
    public synchronized Integer lockHolder() {
        return lockHolder;
    }

    public synchronized void lock(int session) throws ConfigurationException {
        if (lockHolder != null) {
            throw new ConfigurationException(ConfigError.lockDenied(lockHolder,
                    "configuration database locked by session " + lockHolder));
        }
        if (!candidate.tree().equals(history.running())) {
            throw new ConfigurationException(ConfigError.lockDenied(0,
                    "configuration database modified: uncommitted changes in the candidate"));
        }
        lockHolder = session;
    }

    public synchronized void unlock(int session) throws ConfigurationException {
        if (lockHolder == null || lockHolder != session) {
            throw new ConfigurationException(ConfigError.operationFailed(null, null,
                    "configuration database is not locked by this session"));
        }
        lockHolder = null;
    }

    public synchronized void load(int session, ConfigNode edit, LoadAction action) throws ConfigurationException {
        requireWritable(session);
        candidate.load(edit, action);
    }

    /** {@code load override} with rollback {@code n}, as {@code rollback n} in configuration mode. */
    public synchronized void loadRollback(int session, int n) throws ConfigurationException {
        requireWritable(session);
        candidate.reset(rollback(n));
    }

    public synchronized void discardChanges(int session) throws ConfigurationException {
        requireWritable(session);
        candidate.reset(history.running());
    }

    /** {@code commit check} of the candidate: the errors, empty when it would commit. */
    public synchronized List<ConfigError> validate() {
        return check(candidate.tree());
    }

    /**
     * The rules' verdict on a candidate, remembered while the candidate stays the same tree (every
     * load or reset makes a new one): {@code commit check}, {@code commit confirmed} and the commit
     * that confirms it check one candidate three times, and a large one costs.
     */
    private List<ConfigError> check(ConfigNode tree) {
        if (tree == passedCheck) {
            return List.of();
        }
        List<ConfigError> errors = CommitCheck.check(tree);
        passedCheck = errors.isEmpty() ? tree : null;
        return errors;
    }

    /** {@code show | compare rollback n}: what the candidate changes relative to rollback {@code n}. */
    public synchronized String compare(int n) throws ConfigurationException {
        return ConfigDiff.compare(commitAt(n).configuration(), candidate.tree()); // both only read: no copies
    }

    /** Checks, then (unless a check only) makes the candidate the running configuration. */
    public synchronized void commit(int session, CommitRequest request) throws ConfigurationException {
        requireWritable(session);
        List<ConfigError> errors = check(candidate.tree());
        if (!errors.isEmpty()) {
            throw new ConfigurationException(errors);
        }
        if (request.check()) {
            return;
        }
        if (request.confirmed()) {
            if (beforeConfirmedCommit == null) {
                beforeConfirmedCommit = history.running();
            }
            cancelPendingRollback();
            long millis = request.confirmTimeout().toMillis();
            pendingRollback = timer.schedule(this::rollBackUnconfirmed, millis, TimeUnit.MILLISECONDS);
        } else {
            cancelPendingRollback();
            beforeConfirmedCommit = null;
        }
        history.record(candidate.tree(), request.user(), request.log());
        commits.incrementAndGet();
    }

    /** {@code cancel-commit}: rolls a pending confirmed commit back now. */
    public synchronized void cancelConfirmedCommit(int session) throws ConfigurationException {
        requireWritable(session);
        if (beforeConfirmedCommit == null) {
            throw new ConfigurationException(ConfigError.operationFailed(null, null, "no confirmed commit is pending"));
        }
        rollBackUnconfirmed();
    }

    public synchronized boolean confirmedCommitPending() {
        return beforeConfirmedCommit != null;
    }

    /** A session ended: release its lock and, as Junos does, discard its uncommitted changes. */
    public synchronized void sessionClosed(int session) {
        if (lockHolder != null && lockHolder == session) {
            lockHolder = null;
            candidate.reset(history.running());
        }
    }

    public long commits() {
        return commits.get();
    }

    public long automaticRollbacks() {
        return automaticRollbacks.get();
    }

    private synchronized void rollBackUnconfirmed() {
        if (beforeConfirmedCommit == null) {
            return;
        }
        cancelPendingRollback();
        history.record(beforeConfirmedCommit, "root", "automatic rollback: confirmed commit was not confirmed");
        candidate.reset(beforeConfirmedCommit);
        beforeConfirmedCommit = null;
        automaticRollbacks.incrementAndGet();
    }

    private void cancelPendingRollback() {
        if (pendingRollback != null) {
            pendingRollback.cancel(false);
            pendingRollback = null;
        }
    }

    private void requireWritable(int session) throws ConfigurationException {
        if (lockHolder != null && lockHolder != session) {
            throw new ConfigurationException(ConfigError.lockDenied(lockHolder,
                    "configuration database locked by session " + lockHolder));
        }
    }
}
