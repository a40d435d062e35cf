package dev.trustportal.portal.repository;

import dev.trustportal.notary.crypto.KeyFormatException;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Wire;
import dev.trustportal.notary.verify.SignedTarget;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.notary.verify.VerificationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps a verified repository of the bridge to the read model the UI and the API show. No I/O. */
final class TrustViews {

  private static final List<RoleName> TOP_LEVEL =
      List.of(RoleName.ROOT, RoleName.TARGETS, RoleName.SNAPSHOT, RoleName.TIMESTAMP);
  private static final String DELEGATION_PREFIX = RoleName.TARGETS.value() + "/";

  private TrustViews() {}

  static TrustDetails of(TrustedRepository repository) {
    List<SignerDetails> signers = signers(repository);
    return new TrustDetails(
        repository.gun().value(), roles(repository), signers, tags(repository, signers));
  }

  private static List<RoleDetails> roles(TrustedRepository repository) {
    Root root = repository.root().signed();
    List<RoleDetails> roles = new ArrayList<>();
    for (RoleName name : TOP_LEVEL) {
      var role = root.role(name);
      roles.add(
          new RoleDetails(
              name.value(),
              role.threshold(),
              ids(role.keyIds()),
              expiresOf(repository, name),
              keyViews(role.keyIds(), root.keys()),
              false));
    }
    Map<KeyId, Key> delegationKeys = delegationKeys(repository);
    repository.delegationRoles().stream()
        .filter(d -> d.name().equals(RoleName.RELEASES))
        .findFirst()
        .ifPresent(
            d ->
                roles.add(
                    new RoleDetails(
                        d.name().value(),
                        d.threshold(),
                        ids(d.keyIds()),
                        expiresOf(repository, d.name()),
                        keyViews(d.keyIds(), delegationKeys),
                        true)));
    return roles;
  }

  private static Optional<Instant> expiresOf(TrustedRepository repository, RoleName name) {
    Metadata<?> metadata =
        switch (name.value()) {
          case "root" -> repository.root();
          case "snapshot" -> repository.snapshot();
          case "timestamp" -> repository.timestamp();
          default -> repository.targetsOf(name).orElse(null);
        };
    return Optional.ofNullable(metadata).map(m -> m.signed().expires());
  }

  private static Map<KeyId, Key> delegationKeys(TrustedRepository repository) {
    Map<KeyId, Key> keys = new LinkedHashMap<>();
    repository
        .targetsOf(RoleName.TARGETS)
        .ifPresent(t -> keys.putAll(t.signed().delegations().keys()));
    repository.delegations().values().forEach(d -> keys.putAll(d.signed().delegations().keys()));
    return keys;
  }

  private static List<SignerDetails> signers(TrustedRepository repository) {
    Map<KeyId, Key> keys = delegationKeys(repository);
    List<SignerDetails> signers = new ArrayList<>();
    for (DelegatedRole role : repository.delegationRoles()) {
      if (role.name().equals(RoleName.RELEASES)) {
        continue;
      }
      signers.add(
          new SignerDetails(
              signerName(role.name()),
              role.threshold(),
              keyViews(role.keyIds(), keys),
              Optional.empty(),
              expiresOf(repository, role.name())));
    }
    return signers;
  }

  private static List<KeyDetails> keyViews(List<KeyId> ids, Map<KeyId, Key> keys) {
    return ids.stream().map(id -> keyView(id, keys.get(id))).toList();
  }

  private static KeyDetails keyView(KeyId id, Key key) {
    if (key == null) {
      return new KeyDetails(id.value(), "unknown", Optional.empty());
    }
    return new KeyDetails(id.value(), key.keyType(), certificateExpiry(key), canonicalId(id, key));
  }

  /** When an x509 key's certificate stops being valid; plain keys do not expire. */
  private static Optional<Instant> certificateExpiry(Key key) {
    if (!Wire.isX509(key.keyType())) {
      return Optional.empty();
    }
    try {
      return Optional.of(TufKeys.certificate(key).getNotAfter().toInstant());
    } catch (KeyFormatException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * The ID notary's CLI prints for the key, where it is not the one in the metadata (certificates).
   */
  private static Optional<String> canonicalId(KeyId id, Key key) {
    try {
      KeyId canonical = KeyIds.canonical(key);
      return canonical.equals(id) ? Optional.empty() : Optional.of(canonical.value());
    } catch (KeyFormatException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * One entry per role and tag. Tags of verified roles are verified; those of a delegation whose
   * valid signatures fall short of its threshold are listed unverified with notary's reason, never
   * hidden as trusted. {@code signedBy} names the signers whose keys made the role's valid
   * signatures.
   */
  private static List<TagDetails> tags(TrustedRepository repository, List<SignerDetails> signers) {
    List<TagDetails> tags = new ArrayList<>();
    for (SignedTarget target : repository.targetsList()) {
      tags.add(tag(target.name(), target.file(), target.role(), repository, signers, true));
    }
    repository
        .belowThreshold()
        .forEach(
            (role, metadata) ->
                metadata
                    .signed()
                    .targets()
                    .forEach(
                        (name, file) -> {
                          if (covers(repository, role, name)) {
                            tags.add(tag(name, file, role, repository, signers, false));
                          }
                        }));
    return List.copyOf(tags);
  }

  private static TagDetails tag(
      String name,
      FileMeta file,
      RoleName role,
      TrustedRepository repository,
      List<SignerDetails> signers,
      boolean verified) {
    Optional<VerificationResult> result = Optional.ofNullable(repository.results().get(role));
    List<String> signedBy =
        result.map(r -> signerNames(r.signed(), role, signers)).orElse(List.of());
    List<String> signedKeys = result.map(r -> ids(r.signed())).orElse(List.of());
    Optional<String> reason =
        verified
            ? Optional.empty()
            : Optional.of("valid signatures did not meet threshold for " + role.value());
    String digest = file.hash(Wire.HASH_SHA256).map(h -> h.hex()).orElse("");
    return new TagDetails(
        name, digest, file.length(), role.value(), signedBy, verified, reason, signedKeys);
  }

  /**
   * The signers owning the keys that signed; the repository key signs {@code targets} as "targets".
   */
  private static List<String> signerNames(
      List<KeyId> signed, RoleName role, List<SignerDetails> signers) {
    if (role.equals(RoleName.TARGETS)) {
      return signed.isEmpty() ? List.of() : List.of(RoleName.TARGETS.value());
    }
    List<String> names = new ArrayList<>();
    for (SignerDetails signer : signers) {
      boolean signedWithOneOfItsKeys =
          signer.keys().stream()
              .anyMatch(k -> signed.stream().anyMatch(id -> id.value().equals(k.id())));
      if (signedWithOneOfItsKeys) {
        names.add(signer.name());
      }
    }
    return names;
  }

  /**
   * Whether the delegation's entry in its verified parent covers the tag's name (its {@code
   * paths}).
   */
  private static boolean covers(TrustedRepository repository, RoleName role, String name) {
    return repository
        .targetsOf(role.parent())
        .flatMap(p -> p.signed().delegations().role(role))
        .map(d -> d.covers(name))
        .orElse(false);
  }

  private static List<String> ids(List<KeyId> ids) {
    return ids.stream().map(KeyId::value).toList();
  }

  /**
   * {@code targets/alice} is shown as {@code alice}; {@code targets} and releases keep their names.
   */
  private static String signerName(RoleName role) {
    if (!role.isDelegation() || role.equals(RoleName.RELEASES)) {
      return role.value();
    }
    return role.value().substring(DELEGATION_PREFIX.length());
  }
}
