package dev.trustportal.api.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a request to change a member's role: {@code {"role": "ADMIN"}}. */
@Schema(example = "{\"role\": \"ADMIN\"}")
public record ChangeRoleJson(String role) {}
