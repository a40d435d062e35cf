package dev.trustportal.ui.security.oidc;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A sign-in that went to the provider and has not come back yet, kept in the HTTP session: the
 * {@code state} that ties the callback to this browser (CSRF, RFC 6749 §10.12), the {@code nonce}
 * the ID token must carry (replay, OpenID Connect Core §3.1.2.1), the PKCE verifier, and the portal
 * path to return to.
 */
record PendingSignIn(String state, String nonce, String codeVerifier, String returnPath)
    implements Serializable {

  static PendingSignIn start(String returnPath) {
    // Nimbus makes each of 32 random bytes (the verifier as RFC 7636 §4.1 recommends); strings keep
    // the
    // record serialisable with the session.
    return new PendingSignIn(
        new State(32).getValue(),
        new Nonce(32).getValue(),
        new CodeVerifier().getValue(),
        returnPath);
  }

  boolean matches(String callbackState) {
    return callbackState != null
        && MessageDigest.isEqual(
            state.getBytes(StandardCharsets.US_ASCII),
            callbackState.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    // The values are secrets of this sign-in.
    return "PendingSignIn[returnPath=" + returnPath + "]";
  }
}
