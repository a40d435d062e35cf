package dev.trustportal.portal.token;

import dev.trustportal.portal.identity.TokenAuthentication;
import java.util.Optional;

/** The outcome of checking a presented token: whom it acts for, or why it was refused. */
public record TokenVerdict(
    Optional<TokenAuthentication> authentication, Optional<TokenRefusal> refusal) {

  static TokenVerdict accepted(TokenAuthentication authentication) {
    return new TokenVerdict(Optional.of(authentication), Optional.empty());
  }

  static TokenVerdict refused(TokenRefusal refusal) {
    return new TokenVerdict(Optional.empty(), Optional.of(refusal));
  }
}
