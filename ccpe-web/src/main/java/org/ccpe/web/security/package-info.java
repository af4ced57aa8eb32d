/**
 * How people and OSS accounts prove who they are: {@link
 * org.ccpe.web.security.LoginMechanism} (form login with a session for the console and portal,
 * HTTP Basic for {@code /api}), and the filters every request passes ({@link
 * org.ccpe.web.security.ChannelFilter}, {@link org.ccpe.web.security.SecurityHeadersFilter}).
 * Passwords are checked, throttled and audited by {@link org.ccpe.access.UserService}; what each
 * role may do is decided in the EJB services, not here.
 */
package org.ccpe.web.security;
