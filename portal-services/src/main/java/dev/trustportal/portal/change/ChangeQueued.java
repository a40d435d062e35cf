package dev.trustportal.portal.change;

/**
 * CDI event: a change was put in the outbox; after its transaction commits the worker starts at
 * once.
 */
public record ChangeQueued(long changeId) {}
