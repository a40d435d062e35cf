package dev.trustportal.api.membership;

/** The body of a request to change a member's role: {@code {"role": "ADMIN"}}. */
public record ChangeRoleJson(String role) {}
