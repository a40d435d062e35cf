package dev.trustportal.api.change;

/** Why an owner rejects a change. */
public record RejectionJson(String reason) {}
