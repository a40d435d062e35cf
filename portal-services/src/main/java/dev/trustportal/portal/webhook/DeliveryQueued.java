package dev.trustportal.portal.webhook;

/** CDI event: deliveries were queued; once their transaction commits the worker starts at once. */
public record DeliveryQueued() {}
