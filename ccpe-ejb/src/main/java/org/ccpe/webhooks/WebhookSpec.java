package org.ccpe.webhooks;

import java.util.List;

/**
 * A subscription as a provider asks for it.
 *
 * @param eventTypes some of {@code job.state-changed}, {@code alarm.raised}, {@code alarm.cleared},
 *     {@code import.finished}, {@code drift.detected}
 * @param customerId only events of this customer; null for all
 * @param enabled null means true
 */
public record WebhookSpec(String name, String url, List<String> eventTypes, Long customerId, Boolean enabled) {}
