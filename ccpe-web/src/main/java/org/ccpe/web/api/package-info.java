/**
 * The OSS API under {@code /api/v1}: one JAX-RS resource per inventory aggregate, each a thin
 * adapter over its EJB service. Lists are paged ({@code limit}, {@code offset}, total {@code
 * count}, {@code next}/{@code previous} links); every resource carries its version as ETag and
 * honours {@code If-Match}; every error is one {@code application/problem+json} shape ({@link
 * org.ccpe.web.api.Problems}).
 */
package org.ccpe.web.api;
