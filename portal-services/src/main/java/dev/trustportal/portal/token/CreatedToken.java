package dev.trustportal.portal.token;

/** A new token and its secret: the only time the secret is known to anyone but its holder. */
public record CreatedToken(TokenSummary token, String secret) {

  @Override
  public String toString() {
    return "CreatedToken[" + token + ", secret=…]";
  }
}
