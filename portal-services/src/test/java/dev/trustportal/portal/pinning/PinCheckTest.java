package dev.trustportal.portal.pinning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Delegations;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signed;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Timestamp;
import dev.trustportal.notary.verify.RollbackException;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The checks of pinned trust the verifier cannot make: keys the portal did not put there, and
 * findings.
 */
class PinCheckTest {

  private static final Gun GUN = new Gun("registry.example.com/acme/app");
  private static final Instant EXPIRES = Instant.parse("2036-01-01T00:00:00Z");

  private final Key rootKey = key();
  private final Key targetsKey = key();
  private final Key snapshotKey = key();
  private final Key timestampKey = key();
  private final Key alice = key();
  private final Root root =
      root(
          Map.of(
              RoleName.ROOT,
              rootKey,
              RoleName.TARGETS,
              targetsKey,
              RoleName.SNAPSHOT,
              snapshotKey,
              RoleName.TIMESTAMP,
              timestampKey));

  @Test
  void trustDataAsPinnedHasNoFinding() {
    Targets targets = withDelegation(alice);
    Pin pin = new Pin(GUN.value(), seal(root).fileBytes(), Set.of(id(alice)), Map.of());

    assertThat(PinCheck.check(pin, repository(root, targets))).isEmpty();
  }

  @Test
  void refusesARootListingAKeyThePortalDidNotPutThere() {
    Key stranger = key();
    Map<KeyId, Key> rootKeys = new TreeMap<>(root.keysOf(RoleName.ROOT));
    rootKeys.put(KeyIds.of(stranger), stranger);
    Root served = root.next(EXPIRES).withRoleKeys(RoleName.ROOT, rootKeys);
    Pin pin = new Pin(GUN.value(), seal(root).fileBytes(), Set.of(), Map.of());

    assertThat(PinCheck.check(pin, repository(served, Targets.empty(EXPIRES))))
        .hasValueSatisfying(
            finding ->
                assertThat(finding)
                    .contains("root version 2")
                    .contains(id(stranger))
                    .contains("pinned root version 1"));
  }

  @Test
  void refusesATargetsRoleDelegatingToAKeyThePortalDidNotPutThere() {
    Pin pin = new Pin(GUN.value(), seal(root).fileBytes(), Set.of(), Map.of());

    assertThat(PinCheck.check(pin, repository(root, withDelegation(alice))))
        .hasValueSatisfying(
            finding ->
                assertThat(finding)
                    .contains("targets version 1")
                    .contains(id(alice))
                    .contains("did not put there"));
  }

  @Test
  void aRollbackIsADivergenceNamingBothVersions() {
    RollbackException rollback = new RollbackException(RoleName.TIMESTAMP, 7, 5);

    assertThat(PinCheck.divergesFromPin(rollback)).isTrue();
    assertThat(PinCheck.finding(rollback))
        .contains("timestamp version 5 is lower than current version 7");
  }

  @Test
  void onlyTheRolesNewerThanTheirFloorsNeedWriting() {
    Map<RoleName, Integer> floors = Map.of(RoleName.TARGETS, 3, RoleName.TIMESTAMP, 9);

    assertThat(PinCheck.raised(floors, Map.of(RoleName.TARGETS, 3, RoleName.TIMESTAMP, 9)))
        .isEmpty();
    assertThat(PinCheck.raised(floors, Map.of(RoleName.TARGETS, 4, RoleName.TIMESTAMP, 9)))
        .containsExactly(Map.entry(RoleName.TARGETS, 4));
    assertThat(PinCheck.raised(floors, Map.of(RoleName.TARGETS, 2, RoleName.TIMESTAMP, 10)))
        .containsExactly(Map.entry(RoleName.TIMESTAMP, 10));
    RoleName releases = new RoleName("targets/releases");
    assertThat(PinCheck.raised(floors, Map.of(releases, 1)))
        .containsExactly(Map.entry(releases, 1));
  }

  private Targets withDelegation(Key key) {
    DelegatedRole releases =
        new DelegatedRole(
            new RoleName("targets/releases"), List.of(KeyIds.of(key)), 1, List.of(""), List.of());
    return Targets.empty(EXPIRES)
        .withDelegations(Delegations.EMPTY.withRole(releases, Map.of(KeyIds.of(key), key)));
  }

  private static TrustedRepository repository(Root root, Targets targets) {
    return new TrustedRepository(
        GUN,
        seal(root),
        seal(new Timestamp(1, EXPIRES, Map.of())),
        seal(new Snapshot(1, EXPIRES, Map.of())),
        seal(targets),
        Map.of(),
        Map.of(),
        Map.of());
  }

  private static Root root(Map<RoleName, Key> roleKeys) {
    Map<KeyId, Key> keys = new TreeMap<>();
    Map<RoleName, Role> roles = new TreeMap<>();
    roleKeys.forEach(
        (role, key) -> {
          keys.put(KeyIds.of(key), key);
          roles.put(role, new Role(List.of(KeyIds.of(key)), 1));
        });
    return new Root(1, EXPIRES, false, keys, roles);
  }

  private static <T extends Signed> Metadata<T> seal(T signed) {
    return MetadataCodec.seal(signed, MetadataCodec.canonicalSigned(signed), List.of());
  }

  private static Key key() {
    return TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());
  }

  private static String id(Key key) {
    return KeyIds.of(key).value();
  }
}
