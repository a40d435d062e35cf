package dev.trustportal.portal.repository;

import java.time.Instant;
import java.util.Optional;

/**
 * A public key of a role: its ID as the metadata names it, its TUF key type ({@code ecdsa}, {@code
 * ecdsa-x509}, {@code rsa}, ...), for a certificate when it expires, and, where it differs from the
 * ID (certificate keys), the canonical ID that {@code notary key list} and {@code notary delegation
 * list} print (facts §6).
 */
public record KeyDetails(
    String id, String algorithm, Optional<Instant> expires, Optional<String> canonicalId) {

  public KeyDetails(String id, String algorithm, Optional<Instant> expires) {
    this(id, algorithm, expires, Optional.empty());
  }
}
