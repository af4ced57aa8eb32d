/**
 * The router's configuration database, as Junos keeps it: a shared candidate, the running
 * configuration and the last 50 commits, all as {@code <configuration>} trees.
 *
 * <p>The entry point is {@link org.ccpe.simulator.config.ConfigurationDatabase}: it loads edits
 * into the {@link org.ccpe.simulator.config.Candidate} (merge, replace, override, and the
 * {@code operation}/{@code delete}/{@code replace} attributes, see
 * {@link org.ccpe.simulator.config.ConfigMerge}), runs {@link org.ccpe.simulator.config.CommitCheck},
 * commits into the {@link org.ccpe.simulator.config.CommitHistory}, rolls a confirmed commit back
 * when nobody confirmed it, and answers {@code show | compare} with
 * {@link org.ccpe.simulator.config.ConfigDiff}. Trees are {@link org.ccpe.simulator.config.ConfigNode}s,
 * keyed the Junos way: a list entry is identified by its {@code <name>} child.
 */
package org.ccpe.simulator.config;
