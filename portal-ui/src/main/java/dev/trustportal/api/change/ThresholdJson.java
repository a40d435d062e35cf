package dev.trustportal.api.change;

/** The body of a request for a new threshold: {@code {"threshold": 2}}. */
public record ThresholdJson(Integer threshold) {}
