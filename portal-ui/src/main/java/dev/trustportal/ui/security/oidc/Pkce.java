package dev.trustportal.ui.security.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with the S256 method: the verifier stays in the browser's
 * session on the server, only its SHA-256 travels with the authorization request, so a stolen
 * authorization code is useless without the session that asked for it.
 */
final class Pkce {

  static final String METHOD = "S256";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private Pkce() {}

  /** 32 random bytes as 43 base64url characters (RFC 7636 §4.1 recommends exactly this). */
  static String newVerifier() {
    return random(32);
  }

  /** {@code BASE64URL(SHA256(ASCII(code_verifier)))}, RFC 7636 §4.2. */
  static String challenge(String verifier) {
    try {
      return BASE64URL.encodeToString(
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Unguessable values for state and nonce too. */
  static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return BASE64URL.encodeToString(value);
  }
}
