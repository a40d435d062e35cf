package dev.trustportal.portal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Trust-Portal-Signature} of a delivery: {@code sha256=} and the lowercase hex
 * HMAC-SHA256 of the raw body, keyed with the UTF-8 bytes of the hook's secret as it was shown at
 * creation. Receivers compute the same over the bytes they received and compare in constant time.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Trust-Portal-Signature";
  public static final String PREFIX = "sha256=";
  private static final String HMAC = "HmacSHA256";

  /** 32 random bytes: as strong as the HMAC's key can use. */
  private static final int SECRET_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  /** A new secret, {@code whsec_} and 64 hex digits. */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return "whsec_" + HexFormat.of().formatHex(bytes);
  }

  /** The header value for {@code body}. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** What a receiver does: recompute and compare in constant time. */
  public static boolean verifies(String secret, byte[] body, String header) {
    if (header == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(secret, body).getBytes(StandardCharsets.US_ASCII),
        header.getBytes(StandardCharsets.US_ASCII));
  }
}
