package dev.trustportal.api.identity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a change of an account: any of {@code displayName}, {@code email} (blank removes
 * them), {@code roles} (the platform roles: any of {@code "platform-admin"} and {@code "support"},
 * or {@code []}) and {@code disabled} (false enables a disabled account again); absent fields keep
 * their value.
 */
@Schema(
    example =
        "{\"displayName\": \"Alice Smith\", \"email\": \"alice@example.com\", \"roles\":"
            + " [\"platform-admin\"]}")
public record UpdateUserJson(
    String displayName, String email, List<String> roles, Boolean disabled) {}
