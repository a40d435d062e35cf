package dev.trustportal.portal.repository;

import dev.trustportal.notary.crypto.KeyFormatException;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Wire;
import dev.trustportal.notary.verify.SignedTarget;
import dev.trustportal.notary.verify.TrustedRepository;
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

  static TrustView of(TrustedRepository repository) {
    return new TrustView(
        repository.gun().value(), roles(repository), signers(repository), tags(repository));
  }

  private static List<RoleView> roles(TrustedRepository repository) {
    Root root = repository.root().signed();
    List<RoleView> roles = new ArrayList<>();
    for (RoleName name : TOP_LEVEL) {
      var role = root.role(name);
      roles.add(new RoleView(name.value(), role.threshold(), ids(role.keyIds()), expiresOf(repository, name)));
    }
    repository.delegationRoles().stream()
        .filter(d -> d.name().equals(RoleName.RELEASES))
        .findFirst()
        .ifPresent(d -> roles.add(
            new RoleView(d.name().value(), d.threshold(), ids(d.keyIds()), expiresOf(repository, d.name()))));
    return roles;
  }

  private static Optional<Instant> expiresOf(TrustedRepository repository, RoleName name) {
    Metadata<?> metadata = switch (name.value()) {
      case "root" -> repository.root();
      case "snapshot" -> repository.snapshot();
      case "timestamp" -> repository.timestamp();
      default -> repository.targetsOf(name).orElse(null);
    };
    return Optional.ofNullable(metadata).map(m -> m.signed().expires());
  }

  private static List<SignerView> signers(TrustedRepository repository) {
    Map<KeyId, Key> keys = new LinkedHashMap<>();
    repository.targetsOf(RoleName.TARGETS).ifPresent(t -> keys.putAll(t.signed().delegations().keys()));
    repository.delegations().values().forEach(d -> keys.putAll(d.signed().delegations().keys()));
    List<SignerView> signers = new ArrayList<>();
    for (DelegatedRole role : repository.delegationRoles()) {
      if (role.name().equals(RoleName.RELEASES)) {
        continue;
      }
      List<KeyView> views = role.keyIds().stream()
          .map(id -> keyView(id, keys.get(id)))
          .toList();
      signers.add(new SignerView(signerName(role.name()), role.threshold(), views));
    }
    return signers;
  }

  private static KeyView keyView(KeyId id, Key key) {
    if (key == null) {
      return new KeyView(id.value(), "unknown", Optional.empty());
    }
    return new KeyView(id.value(), key.keyType(), certificateExpiry(key));
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

  private static List<TagView> tags(TrustedRepository repository) {
    // One entry per name and digest: the same tag signed by several roles lists them all.
    Map<String, TagView> tags = new LinkedHashMap<>();
    for (SignedTarget target : repository.targetsList()) {
      String key = target.name() + "@" + target.sha256Hex();
      TagView seen = tags.get(key);
      List<String> signedBy = new ArrayList<>(seen == null ? List.of() : seen.signedBy());
      signedBy.add(signerName(target.role()));
      tags.put(key, new TagView(target.name(), target.sha256Hex(), target.file().length(), signedBy));
    }
    return List.copyOf(tags.values());
  }

  private static List<String> ids(List<KeyId> ids) {
    return ids.stream().map(KeyId::value).toList();
  }

  /** {@code targets/alice} is shown as {@code alice}; {@code targets} and releases keep their names. */
  private static String signerName(RoleName role) {
    if (!role.isDelegation() || role.equals(RoleName.RELEASES)) {
      return role.value();
    }
    return role.value().substring(DELEGATION_PREFIX.length());
  }
}
