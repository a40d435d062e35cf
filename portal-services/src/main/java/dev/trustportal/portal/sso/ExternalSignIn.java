package dev.trustportal.portal.sso;

import java.util.Objects;

/**
 * The command to sign a person in whom the identity provider has authenticated: the verified claims
 * of their ID token. Only {@code issuer} and {@code subject} identify the person (OpenID Connect
 * Core §5.7: {@code sub} is unique and never reassigned within an issuer); the names and the email
 * are informative and may change between sign-ins.
 *
 * @param preferredUsername the provider's {@code preferred_username}, a wish for the portal's
 *     username (may be null)
 * @param displayName the {@code name} claim (may be null)
 * @param email the {@code email} claim (may be null)
 * @param memberships what the configured membership claim says, or {@link MembershipClaim#NOT_USED}
 */
public record ExternalSignIn(
    String issuer,
    String subject,
    String preferredUsername,
    String displayName,
    String email,
    MembershipClaim memberships) {

  public ExternalSignIn {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(memberships, "memberships");
    if (issuer.isBlank() || subject.isBlank()) {
      throw new IllegalArgumentException("A signed-in person needs an issuer and a subject.");
    }
  }
}
