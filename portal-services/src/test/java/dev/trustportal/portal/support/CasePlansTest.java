package dev.trustportal.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Key;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CasePlansTest {

  private static final String GUN = "registry.example.com/acme/api";
  private static final String REASON = "The owner lost the root key's passphrase.";
  private final Key alice = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());
  private final Key bob = TufKeys.ofPublicKey(KeyPairs.ecdsaP256().getPublic());
  private final String aliceId = KeyIds.of(alice).value();
  private final String bobId = KeyIds.of(bob).value();

  private CapturedTrust trust() {
    return new CapturedTrust(
        "r".repeat(64),
        "t".repeat(64),
        "s".repeat(64),
        List.of(
            new CapturedTrust.Role(
                "targets/releases", 2, List.of(""), Map.of(aliceId, alice, bobId, bob)),
            new CapturedTrust.Role("targets/alice", 1, List.of(""), Map.of(aliceId, alice)),
            new CapturedTrust.Role("targets/bob", 1, List.of(""), Map.of(bobId, bob))),
        List.of(
            new CapturedTrust.Tag("v1", "targets/releases", List.of(aliceId, bobId)),
            new CapturedTrust.Tag("v2", "targets/alice", List.of(aliceId))),
        null);
  }

  @Test
  void aResetPlanSaysWhatIsDeletedReaddedSignedAgainAndWhatConsumersDo() {
    List<String> plan =
        english(
            CasePlans.plan(
                CaseInputs.of(new OpenCase(GUN, "TRUST_RESET", "SUP-1", REASON)), trust()));
    assertThat(plan)
        .first()
        .isEqualTo("Delete the remote trust data of " + GUN + " on notary-server.");
    String releasesKeys =
        String.join(
            ", ",
            trust().role("targets/releases").orElseThrow().keys().keySet().stream()
                .map(CasePlansTest::short12)
                .toList());
    assertThat(plan)
        .contains("Re-add targets/releases with keys " + releasesKeys + " and threshold 2.");
    assertThat(plan)
        .contains(
            "Re-add signer alice (targets/alice) with keys "
                + short12(aliceId)
                + " and threshold 1.");
    assertThat(plan).contains("Tags to be signed again: v1, v2.");
    assertThat(plan)
        .last()
        .asString()
        .contains("rm -rf ~/.docker/trust/tuf/" + GUN)
        .contains("pull again");
  }

  @Test
  void readdingPutsReleasesBeforeTheSignersAndParentsBeforeChildren() {
    assertThat(CasePlans.readdOrder(trust()).stream().map(CapturedTrust.Role::role))
        .containsExactly("targets/alice", "targets/bob", "targets/releases");
  }

  @Test
  void aResetOfUnreadableTrustDataSaysNoSignersAreKnown() {
    List<String> plan =
        english(
            CasePlans.plan(
                CaseInputs.of(new OpenCase(GUN, "TRUST_RESET", "SUP-1", REASON)),
                CapturedTrust.unreadable("valid signatures did not meet threshold for root")));
    assertThat(plan)
        .contains(
            "The current trust data could not be read (valid signatures did not meet threshold"
                + " for root); no signers are known to re-add.",
            "No tags to sign again.");
  }

  @Test
  void aLostSignerKeyIsRemovedFromBothRolesAndOnlyTagsItAloneSignedAreListed() {
    List<String> plan =
        english(
            CasePlans.plan(
                CaseInputs.of(
                    new OpenCase(
                        GUN,
                        "SIGNER_KEY_LOSS",
                        "SUP-1",
                        REASON,
                        "alice",
                        KeyIds.canonical(alice).value())),
                trust()));
    assertThat(plan)
        .contains(
            "Remove key "
                + short12(aliceId)
                + " of signer alice from targets/releases and"
                + " targets/alice.",
            "Lower the threshold of targets/releases from 2 to 1: only 1 keys remain.",
            "Remove targets/alice: it has no other key.",
            "Tags whose only valid signature came from the lost key (to be signed again): v2.");
  }

  @Test
  void rotationPlansNameTheKeyThatIsReplaced() {
    assertThat(
            english(
                CasePlans.plan(
                    CaseInputs.of(new OpenCase(GUN, "ROOT_ROTATION", "SUP-1", REASON)), trust())))
        .singleElement()
        .asString()
        .contains("old root key (rrrrrrrrrrrr)")
        .contains("without a break");
    assertThat(
            english(
                CasePlans.plan(
                    CaseInputs.of(new OpenCase(GUN, "TARGETS_KEY_ROTATION", "SUP-1", REASON)),
                    trust())))
        .singleElement()
        .asString()
        .contains("consumers are not disturbed");
  }

  @Test
  void theCapturedTrustSurvivesItsJsonAndTheDigestDependsOnThePlan() {
    CapturedTrust trust = trust();
    assertThat(CapturedTrust.fromJson(trust.toJson())).isEqualTo(trust);
    String a =
        CaseDigests.digest(
            GUN, CaseKind.TRUST_RESET, "SUP-1", REASON, null, null, "[]", trust.toJson());
    String b =
        CaseDigests.digest(
            GUN, CaseKind.TRUST_RESET, "SUP-1", REASON, null, null, "[1]", trust.toJson());
    assertThat(a).hasSize(64).isNotEqualTo(b);
  }

  private static String short12(String id) {
    return id.substring(0, 12);
  }

  private static List<String> english(List<PlanLine> lines) {
    return lines.stream().map(PlanLine::english).toList();
  }
}
