package dev.trustportal.portal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustWordsTest {

  private static final Instant NEXT_YEAR = Instant.parse("2027-12-01T00:00:00Z");

  /**
   * releases needs 1 of alice's and bob's keys; v1 is signed by alice in releases and by targets
   * too.
   */
  private final TrustDetails trust =
      new TrustDetails(
          "registry.test/acme/app",
          List.of(
              new RoleDetails(
                  "targets", 1, List.of("t1"), Optional.of(NEXT_YEAR), List.of(), false),
              new RoleDetails(
                  "targets/releases",
                  1,
                  List.of("a1", "b1"),
                  Optional.of(NEXT_YEAR),
                  List.of(),
                  true)),
          List.of(signer("alice", "a1"), signer("bob", "b1")),
          List.of(
              new TagDetails(
                  "v1",
                  "aa",
                  10,
                  "targets/alice",
                  List.of("alice"),
                  true,
                  Optional.empty(),
                  List.of("a1")),
              new TagDetails(
                  "v1",
                  "aa",
                  10,
                  "targets/releases",
                  List.of("alice"),
                  true,
                  Optional.empty(),
                  List.of("a1")),
              new TagDetails(
                  "v2",
                  "bb",
                  20,
                  "targets/releases",
                  List.of("alice", "bob"),
                  true,
                  Optional.empty(),
                  List.of("a1", "b1"))));

  @Test
  void eachTagIsListedOnceFromReleasesWithWhoCouldSignAndWhoDid() {
    List<TagLine> lines = TrustWords.tags(trust);

    assertThat(lines).extracting(TagLine::name).containsExactly("v1", "v2");
    TagLine v1 = lines.get(0);
    assertThat(v1.role()).isEqualTo("targets/releases");
    assertThat(v1.roles()).containsExactly("targets/alice", "targets/releases");
    assertThat(v1.needed()).isEqualTo(1);
    assertThat(v1.signers())
        .containsExactly(new TagLine.Signature("alice", true), new TagLine.Signature("bob", false));
  }

  @Test
  void releasesIsSignedByTheSignersWithAKeyInIt() {
    assertThat(TrustWords.signersOf(trust, "targets/releases")).containsExactly("alice", "bob");
    assertThat(TrustWords.signersOf(trust, "targets/alice")).containsExactly("alice");
    assertThat(TrustWords.signersOf(trust, "root")).isEmpty();
  }

  @Test
  void raisingTheThresholdNamesTheTagsThatWouldStopVerifying() {
    assertThat(TrustWords.tagsThatWouldStopVerifying(trust, "targets/releases", 2))
        .containsExactly("v1");
    assertThat(TrustWords.tagsThatWouldStopVerifying(trust, "targets/releases", 1)).isEmpty();
    assertThat(TrustWords.tagsThatWouldStopVerifying(trust, "targets/bob", 2)).isEmpty();
  }

  private static SignerDetails signer(String name, String keyId) {
    return new SignerDetails(
        name, 1, List.of(new KeyDetails(keyId, "ecdsa", Optional.empty())), Optional.empty());
  }
}
