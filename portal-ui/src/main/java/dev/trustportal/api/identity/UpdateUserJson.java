package dev.trustportal.api.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The body of a change of an account: any of {@code displayName}, {@code email} (blank removes them) and
 * {@code roles} (the platform roles: {@code ["platform-admin"]} or {@code []}); absent fields keep their value.
 */
@Schema(example = "{\"displayName\": \"Alice Smith\", \"email\": \"alice@example.com\", \"roles\": [\"platform-admin\"]}")
public record UpdateUserJson(String displayName, String email, List<String> roles) {}
