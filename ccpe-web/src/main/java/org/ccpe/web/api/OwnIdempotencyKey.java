package org.ccpe.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that honours {@code Idempotency-Key} by itself, so {@link IdempotencyFilter} leaves
 * it alone: topology imports keep their key in the import's own transaction (and imports of 50 MiB
 * are streamed, never buffered as the filter would).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OwnIdempotencyKey {}
