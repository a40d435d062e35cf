package dev.trustportal.api.membership;

/** The body of a request to add a member: {@code {"username": "alice", "role": "OWNER"}}. */
public record AddMemberJson(String username, String role) {}
