package dev.trustportal.api.repository;

import dev.trustportal.portal.repository.KeyView;
import dev.trustportal.portal.repository.RoleView;
import dev.trustportal.portal.repository.SignerView;
import dev.trustportal.portal.repository.TagView;
import dev.trustportal.portal.repository.TrustView;
import java.time.Instant;
import java.util.List;

/** A repository's verified trust data: roles, signers and tags. Absent expiry times are null. */
public record TrustJson(String gun, List<Role> roles, List<Signer> signers, List<Tag> tags) {

  /** A role with the key IDs its metadata names and how many of them must sign. */
  public record Role(String name, int threshold, List<String> keyIds, Instant expires) {}

  /** A {@code targets/<name>} delegation other than releases. */
  public record Signer(String name, List<Key> keys) {}

  /** A public key: its ID, TUF key type and, for a certificate, its expiry. */
  public record Key(String id, String algorithm, Instant expires) {}

  /** A tag: hex SHA-256 digest, size in bytes and the roles that sign it. */
  public record Tag(String name, String digest, long size, List<String> signedBy) {}

  static TrustJson of(TrustView view) {
    return new TrustJson(
        view.gun(),
        view.roles().stream().map(TrustJson::role).toList(),
        view.signers().stream().map(TrustJson::signer).toList(),
        view.tags().stream().map(TrustJson::tag).toList());
  }

  private static Role role(RoleView role) {
    return new Role(role.name(), role.threshold(), role.keyIds(), role.expires().orElse(null));
  }

  private static Signer signer(SignerView signer) {
    return new Signer(signer.name(), signer.keys().stream().map(TrustJson::key).toList());
  }

  private static Key key(KeyView key) {
    return new Key(key.id(), key.algorithm(), key.expires().orElse(null));
  }

  private static Tag tag(TagView tag) {
    return new Tag(tag.name(), tag.digest(), tag.size(), tag.signedBy());
  }
}
