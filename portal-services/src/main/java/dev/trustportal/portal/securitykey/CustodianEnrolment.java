package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A security key enrolled as a root custodian: its portal ID, owner and name, its credential ID
 * (for {@code allowCredentials} and {@code evalByCredential}), the per-key salt its PRF is
 * evaluated over and the X25519 public key (raw 32 bytes) root keys are wrapped to.
 */
public record CustodianEnrolment(
    long keyId,
    String username,
    String keyName,
    String credentialId,
    byte[] prfSalt,
    byte[] publicKey,
    Instant since) {

  public CustodianEnrolment {
    Objects.requireNonNull(username);
    prfSalt = prfSalt.clone();
    publicKey = publicKey.clone();
  }

  @Override
  public byte[] prfSalt() {
    return prfSalt.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustodianEnrolment c
        && keyId == c.keyId
        && Arrays.equals(publicKey, c.publicKey);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(keyId);
  }

  @Override
  public String toString() {
    return "CustodianEnrolment[" + keyId + ", " + username + ", '" + keyName + "']";
  }
}
