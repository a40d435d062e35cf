package dev.trustportal.portal.support;

/** Who cancelled a support case before it was carried out, and why. */
public record CaseCancellation(String by, String reason) {}
