package dev.trustportal.portal.repository;

import java.util.List;
import java.util.Optional;

/**
 * A tag as one role's metadata holds it: the hex SHA-256 digest docker and notary show, its size,
 * the role, the signers whose keys made valid signatures over that role's metadata, whether those
 * meet the role's threshold and, when not, why. A tag that fails verification is listed, never as
 * verified. {@code signedKeys} are the IDs of the role's keys whose signatures over its metadata
 * are valid (what a threshold counts).
 */
public record TagDetails(
    String name,
    String digest,
    long size,
    String role,
    List<String> signedBy,
    boolean verified,
    Optional<String> reason,
    List<String> signedKeys) {

  public TagDetails {
    signedBy = List.copyOf(signedBy);
    signedKeys = List.copyOf(signedKeys);
  }

  public TagDetails(
      String name,
      String digest,
      long size,
      String role,
      List<String> signedBy,
      boolean verified,
      Optional<String> reason) {
    this(name, digest, size, role, signedBy, verified, reason, List.of());
  }
}
