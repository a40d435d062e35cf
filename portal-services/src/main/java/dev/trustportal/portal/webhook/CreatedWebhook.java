package dev.trustportal.portal.webhook;

/** A webhook just registered, with its signing secret: shown this once, never again. */
public record CreatedWebhook(WebhookSummary webhook, String secret) {}
