package dev.trustportal.ui.security.oidc;

import jakarta.security.enterprise.credential.Credential;

/**
 * What the callback hands to the identity stores: the ID token the token endpoint returned, not yet
 * verified, and the nonce this browser's sign-in expects in it.
 */
public final class IdTokenCredential implements Credential {

  /** The sign-in channel as the audit log names it. */
  public static final String CHANNEL = "single sign-on (OpenID Connect)";

  private final String idToken;
  private final String nonce;

  IdTokenCredential(String idToken, String nonce) {
    this.idToken = idToken;
    this.nonce = nonce;
  }

  String idToken() {
    return idToken;
  }

  String nonce() {
    return nonce;
  }

  @Override
  public String toString() {
    return "IdTokenCredential[...]";
  }
}
