package dev.trustportal.portal.notaryauth;

import java.time.Instant;
import java.util.List;

/** A signed token, when it was issued, how many seconds it lives and what it grants. */
public record IssuedToken(String token, Instant issuedAt, long expiresIn, List<Scope> access) {

  public IssuedToken {
    access = List.copyOf(access);
  }
}
