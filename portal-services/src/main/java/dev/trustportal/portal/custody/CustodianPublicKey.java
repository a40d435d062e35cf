package dev.trustportal.portal.custody;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The X25519 public key a custodian's security key stands for: derived at enrolment from the key's
 * PRF output, the only part of that derivation the portal keeps. Root keys are wrapped to it.
 */
public record CustodianPublicKey(byte[] x25519) {

  public static final int LENGTH = 32;

  public CustodianPublicKey {
    if (x25519 == null || x25519.length != LENGTH) {
      throw new IllegalArgumentException("an X25519 public key is " + LENGTH + " bytes");
    }
    x25519 = x25519.clone();
  }

  @Override
  public byte[] x25519() {
    return x25519.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustodianPublicKey other && Arrays.equals(x25519, other.x25519);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(x25519);
  }

  @Override
  public String toString() {
    return "CustodianPublicKey[" + HexFormat.of().formatHex(x25519) + "]";
  }
}
