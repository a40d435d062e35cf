package dev.trustportal.api.rootcustody;

/** The body of a custody switch: {@code {"mode": "OWNERS", "threshold": 2}}. */
public record CustodyRequestJson(String mode, Integer threshold) {}
