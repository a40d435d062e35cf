package dev.trustportal.portal.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret a client presents: {@code tp_<id>_<random>}, where {@code <id>} is the token's row and
 * {@code <random>} 32 random bytes in unpadded base64url (43 characters). The prefix makes a leaked
 * token recognisable to secret scanners and lets a Basic password be told apart from a password;
 * the ID finds the row without a search.
 *
 * <p>Only the SHA-256 of the random part is stored. A password needs a slow hash because people
 * choose guessable ones; 256 bits from {@link SecureRandom} cannot be guessed, so one fast hash
 * already makes a stolen table useless, and keeps verification cheap on every API call.
 */
public record TokenSecret(long id, String random) {

  public static final String PREFIX = "tp_";
  private static final int RANDOM_BYTES = 32;
  private static final Pattern FORMAT =
      Pattern.compile("tp_([1-9][0-9]{0,17})_([A-Za-z0-9_-]{43})");

  /** A fresh random part for the token with this ID. */
  public static TokenSecret generate(long id, SecureRandom random) {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return new TokenSecret(id, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The secret, or empty when the string is not in the token format. */
  public static Optional<TokenSecret> parse(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(presented.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new TokenSecret(Long.parseLong(matcher.group(1)), matcher.group(2)));
  }

  /** What the client presents, shown once at creation. */
  public String value() {
    return PREFIX + id + "_" + random;
  }

  /** The stored form: SHA-256 of the random part, lowercase hex. */
  public String hash() {
    return HexFormat.of().formatHex(sha256(random));
  }

  /** Compares in constant time, so that the time taken tells nothing about the stored hash. */
  public boolean matches(String storedHash) {
    if (storedHash == null) {
      return false;
    }
    byte[] expected;
    try {
      expected = HexFormat.of().parseHex(storedHash);
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(expected, sha256(random));
  }

  /** Never the secret itself, so that a log line cannot leak it. */
  @Override
  public String toString() {
    return PREFIX + id + "_…";
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }
}
