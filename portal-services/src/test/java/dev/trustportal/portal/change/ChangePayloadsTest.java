package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.signer.SignerName;
import dev.trustportal.portal.signer.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePayloadsTest {

  private static final Gun GUN = new Gun("registry.example/acme/api");
  private static final Key KEY = TrustChangeTest.key(TestKeys.p256());

  @Test
  void thePayloadIsCanonicalJsonWithSortedKeysAndNoWhitespace() {
    String payload =
        ChangePayloads.canonical(GUN, new TrustChange.SetThreshold(RoleName.RELEASES, 2));

    assertThat(payload)
        .isEqualTo(
            "{\"gun\":\"registry.example/acme/api\",\"role\":\"targets/releases\",\"threshold\":2,\"type\":\"SET_THRESHOLD\"}");
  }

  @Test
  void keysAreWrittenWithTheirIdTypeAndPublicValue() {
    String payload =
        ChangePayloads.canonical(
            GUN, new TrustChange.AddSigner(new SignerName("alice"), List.of(KEY)));

    assertThat(payload)
        .isEqualTo(
            "{\"gun\":\"registry.example/acme/api\",\"keys\":[{\"id\":\""
                + KeyIds.of(KEY)
                + "\",\"keytype\":\"ecdsa\",\"public\":\""
                + KEY.publicValue()
                + "\"}],\"signer\":\"alice\","
                + "\"type\":\"ADD_SIGNER\"}");
  }

  @Test
  void theDigestIsTheSha256OfThePayloadBytes() throws Exception {
    String payload =
        ChangePayloads.canonical(GUN, new TrustChange.RemoveSigner(new SignerName("alice")));

    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(payload.getBytes(StandardCharsets.UTF_8)));
    assertThat(ChangePayloads.digest(payload)).isEqualTo(expected).hasSize(64);
  }

  @Test
  void theSameChangeGivesTheSameDigestAndAnotherRepositoryAnother() {
    TrustChange change = new TrustChange.AddSignerKey(new SignerName("alice"), KEY);

    String first = ChangePayloads.digest(ChangePayloads.canonical(GUN, change));
    String again = ChangePayloads.digest(ChangePayloads.canonical(GUN, change));
    String elsewhere =
        ChangePayloads.digest(
            ChangePayloads.canonical(new Gun("registry.example/acme/web"), change));

    assertThat(again).isEqualTo(first);
    assertThat(elsewhere).isNotEqualTo(first);
  }

  @Test
  void everyChangeReadsBackFromItsPayload() {
    SignerName alice = new SignerName("alice");
    List<TrustChange> all =
        List.of(
            new TrustChange.AddSigner(alice, List.of(KEY)),
            new TrustChange.RemoveSigner(alice),
            new TrustChange.AddSignerKey(alice, KEY),
            new TrustChange.RemoveSignerKey(alice, KeyIds.of(KEY)),
            new TrustChange.SetThreshold(alice.role(), 1),
            new TrustChange.InitialiseRepository(),
            new TrustChange.Resign(
                RoleName.TARGETS, java.time.Instant.parse("2029-12-06T15:44:00Z")));

    for (TrustChange change : all) {
      assertThat(ChangePayloads.parse(ChangePayloads.canonical(GUN, change))).isEqualTo(change);
    }
    assertThat(all.stream().map(TrustChange::type))
        .doesNotHaveDuplicates()
        .hasSize(ChangeType.values().length);
  }
}
