package dev.trustportal.portal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagImpactsTest {

  private static final Instant NEXT_YEAR = Instant.parse("2027-12-01T00:00:00Z");
  private static final String GUN = "registry.test/acme/app";

  /**
   * releases lists alice's a1 and bob's b1, needs 1; v1 is signed in releases by alice only, v2 by
   * both (one metadata each, as if signed at different times), v3 only in carol's own role.
   */
  private final TrustDetails trust =
      new TrustDetails(
          GUN,
          List.of(
              new RoleDetails(
                  "targets/releases",
                  1,
                  List.of("a1", "b1"),
                  Optional.of(NEXT_YEAR),
                  List.of(),
                  true)),
          List.of(signer("alice", "a1"), signer("bob", "b1"), signer("carol", "c1")),
          List.of(
              tag("v1", "targets/releases", List.of("alice"), List.of("a1"), true),
              tag("v1", "targets/alice", List.of("alice"), List.of("a1"), true),
              tag("v2", "targets/releases", List.of("alice", "bob"), List.of("a1", "b1"), true),
              tag("v3", "targets/carol", List.of("carol"), List.of("c1"), true)));

  @Test
  void removingASignerStopsTheTagsOnlyItsKeysSignedAndNamesWhoCanReSign() {
    TrustEffect removeAlice =
        TrustEffect.NONE
            .withRemovedRole("targets/alice")
            .withRemovedKeys("targets/releases", Set.of("a1"));

    assertThat(TagImpacts.stopVerifying(trust, removeAlice)).containsExactly("v1");
    List<Resigning> resigning = TagImpacts.resigning(trust, removeAlice);
    assertThat(resigning)
        .containsExactly(
            new Resigning(
                "targets/releases",
                List.of("v1"),
                List.of("bob"),
                "notary witness " + GUN + " targets/releases --publish"));
  }

  @Test
  void aTagOnlyInTheRemovedSignersOwnRoleStopsVerifying() {
    TrustEffect removeCarol = TrustEffect.NONE.withRemovedRole("targets/carol");

    assertThat(TagImpacts.stopVerifying(trust, removeCarol)).containsExactly("v3");
    assertThat(TagImpacts.resigning(trust, removeCarol)).isEmpty();
    assertThat(TagImpacts.orphaned(trust, removeCarol))
        .as("witness cannot bring it back: a releases signer signs its content there again")
        .containsExactly(
            new OrphanedTag(
                "v3",
                List.of("targets/carol"),
                "targets/releases",
                List.of("alice", "bob"),
                "notary addhash " + GUN + " v3 1 --sha256 aa --roles targets/releases --publish"));
  }

  @Test
  void aTagInARoleThatStaysIsNoOrphanAndWithoutReleasesNobodyCanTakeAnOrphan() {
    TrustEffect removeAlice =
        TrustEffect.NONE
            .withRemovedRole("targets/alice")
            .withRemovedKeys("targets/releases", Set.of("a1"));
    assertThat(TagImpacts.orphaned(trust, removeAlice)).as("v1 stays in releases").isEmpty();

    TrustEffect removeEverything =
        TrustEffect.NONE.withRemovedRole("targets/carol").withRemovedRole("targets/releases");
    assertThat(TagImpacts.orphaned(trust, removeEverything))
        .filteredOn(orphan -> orphan.tag().equals("v3"))
        .singleElement()
        .satisfies(orphan -> assertThat(orphan.signers()).isEmpty());
  }

  @Test
  void aTagStillSignedByEnoughRemainingKeysKeepsVerifying() {
    TrustEffect removeBobsKey =
        TrustEffect.NONE
            .withRemovedKeys("targets/bob", Set.of("b1"))
            .withRemovedKeys("targets/releases", Set.of("b1"));

    assertThat(TagImpacts.stopVerifying(trust, removeBobsKey)).isEmpty();
  }

  @Test
  void raisingTheThresholdCountsValidSignaturesByKey() {
    TrustEffect two = TrustEffect.threshold("targets/releases", 2);

    assertThat(TagImpacts.stopVerifying(trust, two)).containsExactly("v1");
    assertThat(TagImpacts.stopVerifying(trust, TrustEffect.NONE)).isEmpty();
  }

  @Test
  void afterTheChangeTheUnverifiedTagsAreListedWithWhoCanReSignUntilTheyVerifyAgain() {
    TrustDetails after =
        new TrustDetails(
            GUN,
            trust.roles(),
            trust.signers(),
            List.of(
                new TagDetails(
                    "v1",
                    "aa",
                    1,
                    "targets/releases",
                    List.of(),
                    false,
                    Optional.of("valid signatures did not meet threshold for targets/releases"),
                    List.of()),
                tag("v2", "targets/releases", List.of("bob"), List.of("b1"), true)));

    assertThat(TagImpacts.unverified(after))
        .containsExactly(
            new Resigning(
                "targets/releases",
                List.of("v1"),
                List.of("alice", "bob"),
                "notary witness " + GUN + " targets/releases --publish"));
    assertThat(TagImpacts.unverified(trust)).isEmpty();
  }

  @Test
  void theThresholdDryRunAndTheTrustPageUseTheSameRule() {
    assertThat(TrustWords.tagsThatWouldStopVerifying(trust, "targets/releases", 2))
        .isEqualTo(TagImpacts.stopVerifying(trust, TrustEffect.threshold("targets/releases", 2)));
    assertThat(TrustEffect.NONE.withThreshold("targets/releases", 2).thresholds())
        .isEqualTo(Map.of("targets/releases", 2));
  }

  private static TagDetails tag(
      String name, String role, List<String> signers, List<String> keys, boolean verified) {
    return new TagDetails(name, "aa", 1, role, signers, verified, Optional.empty(), keys);
  }

  private static SignerDetails signer(String name, String keyId) {
    return new SignerDetails(
        name, 1, List.of(new KeyDetails(keyId, "ecdsa", Optional.empty())), Optional.empty());
  }
}
