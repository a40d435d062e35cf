package dev.trustportal.api.change;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an owner rejects a change. */
@Schema(example = "{\"reason\": \"Not our key: the request did not come from the release team.\"}")
public record RejectionJson(String reason) {}
