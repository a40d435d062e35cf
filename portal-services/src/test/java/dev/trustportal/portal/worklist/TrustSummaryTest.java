package dev.trustportal.portal.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.repository.RoleDetails;
import dev.trustportal.portal.repository.SignerDetails;
import dev.trustportal.portal.repository.TagDetails;
import dev.trustportal.portal.repository.TrustDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustSummaryTest {

  private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
  private static final Instant NEXT_YEAR = NOW.plus(Duration.ofDays(365));

  @Test
  void aTagSignedByTwoRolesCountsOnceAndAllVerifyingIsHealthy() {
    TrustDetails trust =
        trust(
            List.of(role("root", 1, 1, NEXT_YEAR), role("timestamp", 1, 1, NOW.plusSeconds(60))),
            List.of(
                tag("1.0", "targets/alice", true),
                tag("1.0", "targets/releases", true),
                tag("2.0", "targets", true)));

    TrustSummary summary = TrustSummary.of(trust, NOW);

    assertThat(summary.signedTags()).isEqualTo(2);
    assertThat(summary.signers()).isEqualTo(1);
    assertThat(summary.state()).isEqualTo(RepositoryTrustState.HEALTHY);
  }

  @Test
  void aTagThatDoesNotVerifyIsNotCountedAndMarksTheRepository() {
    TrustDetails trust =
        trust(
            List.of(role("root", 1, 1, NEXT_YEAR)),
            List.of(tag("1.0", "targets", true), tag("2.0", "targets/alice", false)));

    TrustSummary summary = TrustSummary.of(trust, NOW);

    assertThat(summary.signedTags()).isEqualTo(1);
    assertThat(summary.state()).isEqualTo(RepositoryTrustState.TAGS_NOT_VERIFIED);
  }

  @Test
  void aRoleWithFewerKeysThanItsThresholdIsUnmet() {
    TrustDetails trust = trust(List.of(role("targets/releases", 1, 2, NEXT_YEAR)), List.of());

    assertThat(TrustSummary.of(trust, NOW).state()).isEqualTo(RepositoryTrustState.THRESHOLD_UNMET);
  }

  @Test
  void rootExpiringWithinTheWarningPeriodIsExpiring() {
    TrustDetails trust =
        trust(List.of(role("root", 1, 1, NOW.plus(Duration.ofDays(10)))), List.of());

    assertThat(TrustSummary.of(trust, NOW).state()).isEqualTo(RepositoryTrustState.EXPIRING);
  }

  private static TrustDetails trust(List<RoleDetails> roles, List<TagDetails> tags) {
    return new TrustDetails(
        "registry.test/acme/app",
        roles,
        List.of(new SignerDetails("alice", 1, List.of(), Optional.empty())),
        tags);
  }

  private static RoleDetails role(String name, int keys, int threshold, Instant expires) {
    List<String> ids =
        java.util.stream.IntStream.range(0, keys).mapToObj(i -> name + "-key-" + i).toList();
    return new RoleDetails(
        name, threshold, ids, Optional.of(expires), List.of(), name.startsWith("targets/"));
  }

  private static TagDetails tag(String name, String role, boolean verified) {
    return new TagDetails(
        name,
        "ab".repeat(32),
        10,
        role,
        List.of(),
        verified,
        verified ? Optional.empty() : Optional.of("not enough signatures"));
  }
}
