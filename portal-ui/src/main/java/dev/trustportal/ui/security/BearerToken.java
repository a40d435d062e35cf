package dev.trustportal.ui.security;

import java.util.Optional;

/** Reads an {@code Authorization: Bearer <token>} header (RFC 6750, §2.1). */
final class BearerToken {

  private static final String PREFIX = "bearer ";

  private BearerToken() {}

  static boolean isBearer(String authorization) {
    return authorization != null
        && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** The token as presented, or empty when the header carries none. */
  static Optional<String> parse(String authorization) {
    if (!isBearer(authorization)) {
      return Optional.empty();
    }
    String token = authorization.substring(PREFIX.length()).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
