package org.ccpe.simulator.config;

/**
 * The shared candidate configuration that sessions edit and commit, as in Junos
 * {@code configure} (not {@code configure private}): every session sees the same candidate.
 * Loads are all-or-nothing: an edit that fails leaves the candidate as it was.
 */
public final class Candidate {

    private ConfigNode tree;

    Candidate(ConfigNode initial) {
        this.tree = initial.copy();
    }

    void load(ConfigNode edit, LoadAction action) throws ConfigurationException {
        ConfigNode edited = tree.copy();
        ConfigMerge.apply(edited, edit, action);
        tree = edited;
    }

    void reset(ConfigNode configuration) {
        tree = configuration.copy();
    }

    /** The live tree; the database copies it before handing it out. */
    ConfigNode tree() {
        return tree;
    }
}
