package dev.trustportal.portal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.expiry.ExpiryWindow;
import dev.trustportal.portal.repository.KeyDetails;
import dev.trustportal.portal.repository.RoleDetails;
import dev.trustportal.portal.repository.SignerDetails;
import dev.trustportal.portal.repository.TagDetails;
import dev.trustportal.portal.repository.TrustDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustGraphsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final Optional<Instant> LATER = Optional.of(NOW.plus(Duration.ofDays(1000)));

  private TrustDetails trust(List<TagDetails> tags, Optional<Instant> alicesExpiry) {
    return new TrustDetails(
        "registry.test/acme/app",
        List.of(
            new RoleDetails("root", 1, List.of("r1"), LATER, List.of(), false),
            new RoleDetails("targets", 1, List.of("t1"), LATER, List.of(), false),
            new RoleDetails("snapshot", 1, List.of("s1"), LATER, List.of(), false),
            new RoleDetails("timestamp", 1, List.of("ts"), LATER, List.of(), false),
            new RoleDetails("targets/releases", 1, List.of("a1", "b1"), LATER, List.of(), true)),
        List.of(
            new SignerDetails("alice", 1, List.of(key("a1")), Optional.of("ann"), alicesExpiry),
            new SignerDetails("bob", 1, List.of(key("b1")), Optional.empty(), LATER)),
        tags);
  }

  @Test
  void rootDelegatesToTargetsToEachDelegationToItsKeysWhichSignItsTags() {
    TrustGraph graph =
        TrustGraphs.of(
            trust(List.of(tag("v1", "targets/releases", true, "a1")), LATER),
            ExpiryWindow.DEFAULT,
            NOW);

    assertThat(graph.root().name()).isEqualTo("root");
    assertThat(graph.delegations())
        .extracting(GraphRole::name)
        .containsExactly("targets/releases", "targets/alice", "targets/bob");
    assertThat(graph.keys()).extracting(GraphKey::keyId).containsExactly("a1", "b1");
    assertThat(graph.keys().get(0).holders()).containsExactly("alice");
    assertThat(graph.edges())
        .contains(
            new GraphEdge("role:root", "role:targets", GraphEdge.Kind.DELEGATES),
            new GraphEdge("role:targets", "role:targets/releases", GraphEdge.Kind.DELEGATES),
            new GraphEdge("role:targets/releases", "key:a1", GraphEdge.Kind.LISTS),
            new GraphEdge("role:targets/alice", "key:a1", GraphEdge.Kind.LISTS),
            new GraphEdge("key:a1", "tags:targets/releases", GraphEdge.Kind.SIGNS))
        .doesNotContain(new GraphEdge("key:b1", "tags:targets/releases", GraphEdge.Kind.SIGNS));
    assertThat(graph.tags())
        .singleElement()
        .satisfies(g -> assertThat(g.mark()).isEqualTo(Mark.OK));
    assertThat(graph.delegations()).allMatch(d -> !d.portalSigns());
    assertThat(graph.targets().portalSigns()).isTrue();
  }

  @Test
  void aRepositoryWithManyTagsNamesTheFirstByNameAndCountsTheRest() {
    List<TagDetails> tags = new ArrayList<>();
    for (int i = 119; i >= 0; i--) {
      tags.add(tag(String.format("v%03d", i), "targets/releases", true, "a1"));
    }

    GraphTags group = TrustGraphs.of(trust(tags, LATER), ExpiryWindow.DEFAULT, NOW).tags().get(0);

    assertThat(group.total()).isEqualTo(120);
    assertThat(group.shown())
        .extracting(GraphTags.GraphTag::name)
        .containsExactly("v000", "v001", "v002", "v003", "v004");
    assertThat(group.more()).isEqualTo(115);
  }

  @Test
  void unverifiedTagsAndTheirDelegationAreMarked() {
    TrustGraph graph =
        TrustGraphs.of(
            trust(List.of(tag("v1", "targets/releases", false)), LATER), ExpiryWindow.DEFAULT, NOW);

    assertThat(graph.tags().get(0).mark()).isEqualTo(Mark.UNVERIFIED);
    assertThat(graph.tags().get(0).shown().get(0).verified()).isFalse();
    assertThat(graph.delegations().get(0).mark()).isEqualTo(Mark.UNVERIFIED);
  }

  @Test
  void aDelegationExpiringWithinTheWindowIsMarkedExpiringAndOnePastItExpired() {
    TrustGraph soon =
        TrustGraphs.of(
            trust(List.of(), Optional.of(NOW.plus(Duration.ofDays(12)))),
            ExpiryWindow.DEFAULT,
            NOW);
    TrustGraph past =
        TrustGraphs.of(
            trust(List.of(), Optional.of(NOW.minus(Duration.ofDays(1)))),
            ExpiryWindow.DEFAULT,
            NOW);

    GraphRole alice = soon.delegations().get(1);
    assertThat(alice.mark()).isEqualTo(Mark.EXPIRING);
    assertThat(alice.daysLeft()).contains(12L);
    assertThat(past.delegations().get(1).mark()).isEqualTo(Mark.EXPIRED);
    assertThat(soon.delegations().get(2).mark()).isEqualTo(Mark.OK);
  }

  private static KeyDetails key(String id) {
    return new KeyDetails(id, "ecdsa", Optional.empty());
  }

  private static TagDetails tag(String name, String role, boolean verified, String... keys) {
    return new TagDetails(
        name, "aa", 1, role, List.of(), verified, Optional.empty(), List.of(keys));
  }
}
