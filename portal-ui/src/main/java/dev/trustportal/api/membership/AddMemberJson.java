package dev.trustportal.api.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a request to add a member: {@code {"username": "alice", "role": "OWNER"}}. */
@Schema(example = "{\"username\": \"alice\", \"role\": \"OWNER\"}")
public record AddMemberJson(String username, String role) {}
