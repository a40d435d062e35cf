package dev.trustportal.api.webhook;

import java.util.List;

/** The organisation's webhooks, and the event types a webhook may subscribe to. */
public record WebhookListJson(List<WebhookJson> items, List<String> eventTypes) {}
