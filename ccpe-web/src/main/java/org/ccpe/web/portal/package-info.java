/**
 * The self-care portal's page beans (pages: {@code webapp/portal/}). Thin adapters over the EJB
 * services, which decide the tenant and the enabled tasks themselves: {@link
 * org.ccpe.web.portal.PortalMenu} builds the task tree from {@link org.ccpe.access.PortalTasks}.
 */
package org.ccpe.web.portal;
