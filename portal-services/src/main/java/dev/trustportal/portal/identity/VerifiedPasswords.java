package dev.trustportal.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a password was verified, so that a script calling the API with
 * HTTP Basic pays PBKDF2's deliberate cost once, not on every request.
 *
 * <p>Only a MAC of the password under a key that lives in this JVM alone is kept, never the
 * password. An entry counts only while the account's stored hash is the one it was verified
 * against, so a changed password or a re-hashed account invalidates it at once; a wrong password is
 * never remembered and always goes through PBKDF2.
 */
@ApplicationScoped
public class VerifiedPasswords {

  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final int CAPACITY = 10_000;
  private static final String MAC = "HmacSHA256";

  private record Verification(byte[] mac, String passwordHash, Instant expires) {}

  private final Map<String, Verification> verifications = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock;

  @Inject
  VerifiedPasswords(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, MAC);
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected VerifiedPasswords() {
    this.key = null;
    this.clock = null;
  }

  /**
   * Whether this password was verified for the account, as it is stored now, within {@link
   * #LIFETIME}.
   */
  public boolean recentlyVerified(String username, String passwordHash, char[] password) {
    Verification known = verifications.get(username);
    return known != null
        && known.passwordHash().equals(passwordHash)
        && clock.instant().isBefore(known.expires())
        && MessageDigest.isEqual(known.mac(), mac(username, password));
  }

  /** Records a successful verification against the stored hash {@code passwordHash}. */
  public void remember(String username, String passwordHash, char[] password) {
    if (verifications.size() >= CAPACITY) {
      Instant now = clock.instant();
      verifications.values().removeIf(v -> !now.isBefore(v.expires()));
      if (verifications.size() >= CAPACITY) {
        verifications.clear();
      }
    }
    verifications.put(
        username,
        new Verification(mac(username, password), passwordHash, clock.instant().plus(LIFETIME)));
  }

  private byte[] mac(String username, char[] password) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(encoded);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    } finally {
      Arrays.fill(encoded.array(), (byte) 0);
    }
  }
}
