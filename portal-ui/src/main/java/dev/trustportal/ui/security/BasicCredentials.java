package dev.trustportal.ui.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Parses an HTTP Basic {@code Authorization} header (RFC 7617). */
final class BasicCredentials {

  private static final String PREFIX = "basic ";

  private BasicCredentials() {}

  static boolean isBasic(String authorization) {
    return authorization != null
        && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** The credential, or empty when the header is not well-formed Basic. */
  static Optional<UsernamePasswordCredential> parse(String authorization) {
    if (!isBasic(authorization)) {
      return Optional.empty();
    }
    try {
      byte[] decoded = Base64.getDecoder().decode(authorization.substring(PREFIX.length()).trim());
      String pair = new String(decoded, StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
