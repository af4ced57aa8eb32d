/**
 * Getting each site's intended context onto its router, safely and fast.
 *
 * <p>A change becomes a {@link org.ccpe.provisioning.ProvisioningJob} ({@link
 * org.ccpe.provisioning.ProvisioningQueue}). The {@link org.ccpe.provisioning.CommitScheduler}
 * timer decides <em>when</em>; {@link org.ccpe.provisioning.RouterCommitter} does <em>what</em>,
 * per router, with at most one of our sessions per router ({@link
 * org.ccpe.provisioning.RouterLeases}): it claims every due job of the router, renders all their
 * sites into one candidate edit ({@link org.ccpe.provisioning.JunosConfigRenderer}), and holds
 * the {@link org.ccpe.provisioning.RouterConversation}: lock, load, commit check (a site the
 * router refuses is taken out and the rest go on), diff, commit confirmed, verify, confirm,
 * unlock. Coalescing is why 100 changes to one router cost one commit; confirmed commit is why a
 * change that cuts us off from the router undoes itself.
 */
package org.ccpe.provisioning;
