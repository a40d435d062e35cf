package dev.trustportal.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA512, 210,000 iterations and a 16-byte random
 * salt, the OWASP Password Storage Cheat Sheet recommendation for this function. The stored form is
 * {@code pbkdf2-sha512$<iterations>$<base64 salt>$<base64 hash>}, so the iteration count can be
 * raised later without breaking existing hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  static final String SCHEME = "pbkdf2-sha512";
  static final int ITERATIONS = 210_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 512;

  private final SecureRandom random = new SecureRandom();

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder();
    return String.join(
        "$",
        SCHEME,
        Integer.toString(ITERATIONS),
        b64.encodeToString(salt),
        b64.encodeToString(hash));
  }

  /** Whether the password matches the stored hash; a malformed stored value never matches. */
  public boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      // MessageDigest.isEqual compares in constant time (since Java 6u17).
      return iterations > 0 && MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /**
   * Spends the same time as a verification, so that an unknown username cannot be told from a wrong
   * password by timing.
   */
  public void verifyNothing(char[] password) {
    derive(password, new byte[SALT_BYTES], ITERATIONS);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
