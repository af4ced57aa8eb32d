package org.ccpe.webhooks;

/** A subscription just created, with its signing secret: the only time anybody sees it. */
public record NewWebhook(WebhookSubscription subscription, String secret) {}
