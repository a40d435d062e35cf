package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.publish.Change;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeEffectsTest {

  private static final String A1 = "a".repeat(64);
  private static final String A2 = "b".repeat(64);

  @Test
  void removingASignerDeletesItsRoleAndTakesItsKeysOutOfReleases() {
    var effect =
        ChangeEffects.of(
            List.of(
                new Change.RemoveDelegationKeys(RoleName.RELEASES, List.of(new KeyId(A1))),
                new Change.RemoveDelegation(new RoleName("targets/alice"))));

    assertThat(effect.removedRoles()).containsExactly("targets/alice");
    assertThat(effect.removedKeys()).isEqualTo(Map.of("targets/releases", Set.of(A1)));
    assertThat(effect.thresholds()).isEmpty();
  }

  @Test
  void keysTakenOutOfTwoRolesAndANewThresholdAreKeptPerRole() {
    var effect =
        ChangeEffects.of(
            List.of(
                new Change.RemoveDelegationKeys(
                    new RoleName("targets/alice"), List.of(new KeyId(A2))),
                new Change.RemoveDelegationKeys(RoleName.RELEASES, List.of(new KeyId(A2))),
                new Change.SetThreshold(RoleName.RELEASES, 2)));

    assertThat(effect.removedKeys())
        .isEqualTo(Map.of("targets/alice", Set.of(A2), "targets/releases", Set.of(A2)));
    assertThat(effect.thresholds()).isEqualTo(Map.of("targets/releases", 2));
  }
}
