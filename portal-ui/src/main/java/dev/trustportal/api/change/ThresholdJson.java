package dev.trustportal.api.change;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a request for a new threshold: {@code {"threshold": 2}}. */
@Schema(example = "{\"threshold\": 2}")
public record ThresholdJson(Integer threshold) {}
