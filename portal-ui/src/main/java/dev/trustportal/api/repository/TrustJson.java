package dev.trustportal.api.repository;

import dev.trustportal.api.change.KeyJson;
import dev.trustportal.api.change.SignerJson;
import dev.trustportal.portal.repository.RoleDetails;
import dev.trustportal.portal.repository.TagDetails;
import dev.trustportal.portal.repository.TrustDetails;
import java.time.Instant;
import java.util.List;

/** A repository's verified trust data: roles, signers and tags. Absent values are null. */
public record TrustJson(String gun, List<Role> roles, List<SignerJson> signers, List<Tag> tags) {

  /** A role with the key IDs its metadata names, its keys, and how many of them must sign. */
  public record Role(
      String name, int threshold, List<String> keyIds, Instant expires, List<KeyJson> keys) {}

  /**
   * A tag of one role: hex SHA-256 digest, size in bytes, the role holding it, the signers whose
   * keys made valid signatures over that role, whether they meet its threshold and, if not, why.
   */
  public record Tag(
      String name,
      String digest,
      long size,
      String role,
      List<String> signedBy,
      boolean verified,
      String reason) {}

  public static TrustJson of(TrustDetails view) {
    return new TrustJson(
        view.gun(),
        view.roles().stream().map(TrustJson::role).toList(),
        view.signers().stream().map(SignerJson::of).toList(),
        view.tags().stream().map(TrustJson::tag).toList());
  }

  private static Role role(RoleDetails role) {
    return new Role(
        role.name(),
        role.threshold(),
        role.keyIds(),
        role.expires().orElse(null),
        role.keys().stream().map(KeyJson::of).toList());
  }

  private static Tag tag(TagDetails tag) {
    return new Tag(
        tag.name(),
        tag.digest(),
        tag.size(),
        tag.role(),
        tag.signedBy(),
        tag.verified(),
        tag.reason().orElse(null));
  }
}
