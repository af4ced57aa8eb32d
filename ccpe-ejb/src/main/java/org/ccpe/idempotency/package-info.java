/**
 * {@code Idempotency-Key} for the API's POSTs: the first request under a key runs and its answer is
 * kept for 24 hours (in the database, so it survives restarts and is shared by cluster nodes); a
 * retry with the same key and body gets that answer again, with another body a 422. Entry point:
 * {@link org.ccpe.idempotency.IdempotentRequests}; the web layer's {@code IdempotencyFilter} calls it.
 */
package org.ccpe.idempotency;
