package org.ccpe.inventory;

/**
 * A site's inventory changed in a way its router configuration may care about (its LAN, router
 * or access links), or the site is about to be removed. Fired synchronously inside the change's
 * transaction, so an observer can still refuse the change or queue work that commits with it.
 *
 * @param previousRouterId the router the site was on before this change
 */
public record SiteInventoryChanged(Site site, long previousRouterId, boolean removing) {}
