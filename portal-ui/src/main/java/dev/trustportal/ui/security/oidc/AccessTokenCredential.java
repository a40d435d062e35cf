package dev.trustportal.ui.security.oidc;

import jakarta.security.enterprise.credential.Credential;

/**
 * An access token of the identity provider that a script presents to the REST API as {@code
 * Authorization: Bearer}, not yet verified.
 */
public final class AccessTokenCredential implements Credential {

  /** The sign-in channel as the audit log names it. */
  public static final String CHANNEL = "access token of the identity provider";

  private final String accessToken;

  public AccessTokenCredential(String accessToken) {
    this.accessToken = accessToken;
  }

  String accessToken() {
    return accessToken;
  }

  @Override
  public String toString() {
    return "AccessTokenCredential[...]";
  }
}
