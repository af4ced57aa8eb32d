/**
 * Event notifications (webhooks): subscriptions name a URL, the event types wanted and optionally
 * one customer; each {@link org.ccpe.events.DomainEvent} becomes one delivery row per matching
 * subscription, written by {@link org.ccpe.webhooks.WebhookOutbox} in the same transaction as the
 * event (nothing is lost when the server stops), then POSTed as signed JSON by {@link
 * org.ccpe.webhooks.WebhookDeliverer} on a persistent timer ({@link
 * org.ccpe.webhooks.WebhookScheduler}) and retried with exponential backoff for a day. The rows
 * are the subscription's delivery history. Entry point: {@link org.ccpe.webhooks.WebhookService}.
 */
package org.ccpe.webhooks;
