package dev.trustportal.api.rootcustody;

/**
 * The body that opens a root ceremony: {@code {"repository": "app", "operation": "ROTATE_ROOT"}}.
 */
public record OpenCeremonyJson(String repository, String operation) {}
