package dev.trustportal.api.repository;

import dev.trustportal.portal.repository.KeyView;
import dev.trustportal.portal.repository.RoleView;
import dev.trustportal.portal.repository.SignerView;
import dev.trustportal.portal.repository.TagView;
import dev.trustportal.portal.repository.TrustView;
import java.time.Instant;
import java.util.List;

/** A repository's verified trust data: roles, signers and tags. Absent values are null. */
public record TrustJson(String gun, List<Role> roles, List<Signer> signers, List<Tag> tags) {

  /** A role with the key IDs its metadata names, its keys, and how many of them must sign. */
  public record Role(String name, int threshold, List<String> keyIds, Instant expires, List<Key> keys) {}

  /** A {@code targets/<name>} delegation other than releases, and the portal account it is linked to. */
  public record Signer(String name, int threshold, List<Key> keys, String account) {}

  /**
   * A public key: its ID as in the metadata, the canonical ID the notary CLI prints where it differs
   * (certificate keys), its TUF key type and, for a certificate, its expiry.
   */
  public record Key(String id, String canonicalId, String algorithm, Instant expires) {}

  /**
   * A tag of one role: hex SHA-256 digest, size in bytes, the role holding it, the signers whose keys
   * made valid signatures over that role, whether they meet its threshold and, if not, why.
   */
  public record Tag(String name, String digest, long size, String role, List<String> signedBy, boolean verified,
      String reason) {}

  public static TrustJson of(TrustView view) {
    return new TrustJson(
        view.gun(),
        view.roles().stream().map(TrustJson::role).toList(),
        view.signers().stream().map(TrustJson::signer).toList(),
        view.tags().stream().map(TrustJson::tag).toList());
  }

  private static Role role(RoleView role) {
    return new Role(role.name(), role.threshold(), role.keyIds(), role.expires().orElse(null),
        role.keys().stream().map(TrustJson::key).toList());
  }

  public static Signer signer(SignerView signer) {
    return new Signer(signer.name(), signer.threshold(), signer.keys().stream().map(TrustJson::key).toList(),
        signer.account().orElse(null));
  }

  private static Key key(KeyView key) {
    return new Key(key.id(), key.canonicalId().orElse(null), key.algorithm(), key.expires().orElse(null));
  }

  private static Tag tag(TagView tag) {
    return new Tag(tag.name(), tag.digest(), tag.size(), tag.role(), tag.signedBy(), tag.verified(),
        tag.reason().orElse(null));
  }
}
