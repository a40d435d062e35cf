package dev.trustportal.notary.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/** Key generation for the algorithms notary accepts from clients. */
public final class KeyPairs {
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyPairs() {}

  public static KeyPair ecdsaP256() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is part of every JDK", e);
    }
  }

  /** RSA below 2048 bits is refused, as the portal refuses weak keys everywhere. */
  public static KeyPair rsa(int bits) {
    if (bits < 2048) {
      throw new KeyFormatException("RSA keys must have at least 2048 bits, got " + bits);
    }
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits, RANDOM);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is part of every JDK", e);
    }
  }

  public static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of JDK 15+", e);
    }
  }
}
