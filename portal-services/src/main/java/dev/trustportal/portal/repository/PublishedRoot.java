package dev.trustportal.portal.repository;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The verified root.json notary-server publishes for a GUN, as the judge of an import: the keys
 * given must be keys of the roles they are given for, and the portal must be able to sign those
 * roles alone. Pure: no I/O.
 */
final class PublishedRoot {

  private static final List<RoleName> TOP_LEVEL =
      List.of(RoleName.ROOT, RoleName.TARGETS, RoleName.SNAPSHOT, RoleName.TIMESTAMP);

  private final Gun gun;
  private final Root root;

  PublishedRoot(Gun gun, Root root) {
    this.gun = gun;
    this.root = root;
  }

  /**
   * Compares canonical key IDs, that is the public keys themselves: root.json names a root key by
   * the ID of its certificate, which no private key file shows (facts §6).
   *
   * @throws KeyMismatchException if the key is not one of the role's keys, saying whose it is if
   *     known
   */
  void requireKeyOf(OpenedKey key) {
    if (canonicalIds(key.role().roleName()).contains(key.canonicalId())) {
      return;
    }
    String id = key.canonicalId().value();
    for (RoleName other : TOP_LEVEL) {
      if (canonicalIds(other).contains(key.canonicalId())) {
        throw KeyMismatchException.ofOtherRole(key.role(), id, gun.value(), other.value());
      }
    }
    key.gunHeader()
        .filter(fileGun -> !fileGun.equals(gun.value()))
        .ifPresent(
            fileGun -> {
              throw KeyMismatchException.ofOtherGun(key.role(), id, gun.value(), fileGun);
            });
    String expected =
        canonicalIds(key.role().roleName()).stream()
            .map(KeyId::value)
            .collect(Collectors.joining(", "));
    throw KeyMismatchException.notOfRole(key.role(), id, gun.value(), expected);
  }

  /**
   * @throws RoleNeedsMoreKeysException if one key cannot meet the role's threshold
   */
  void requireSignableWithOneKey(KeyRole role) {
    int threshold = root.role(role.roleName()).threshold();
    if (threshold > 1) {
      throw new RoleNeedsMoreKeysException(role, gun.value(), threshold);
    }
  }

  /** Whether root names this key (notary-server's current snapshot key) for the snapshot role. */
  boolean namesSnapshotKey(Key serverKey) {
    return root.role(RoleName.SNAPSHOT).keyIds().contains(KeyIds.of(serverKey));
  }

  int version() {
    return root.version();
  }

  private List<KeyId> canonicalIds(RoleName role) {
    return root.keysOf(role).values().stream().map(KeyIds::canonical).toList();
  }
}
