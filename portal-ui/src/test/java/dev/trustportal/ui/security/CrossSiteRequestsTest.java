package dev.trustportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

  private static final String OWN = "https://portal.example";
  private static final Set<String> NAMED = Set.of("https://trust.example");

  @Test
  void aFormPostFromAnotherOriginIsRefused() {
    assertThat(CrossSiteRequests.refusal("POST", null, "https://evil.example", null, OWN, NAMED))
        .isPresent();
    assertThat(CrossSiteRequests.refusal("DELETE", "Basic YTpi", "null", null, OWN, NAMED))
        .isPresent();
  }

  @Test
  void aCrossSiteOrSameSiteFetchWithoutAnOriginIsRefused() {
    assertThat(CrossSiteRequests.refusal("POST", null, null, "cross-site", OWN, NAMED)).isPresent();
    assertThat(CrossSiteRequests.refusal("PUT", null, null, "same-site", OWN, NAMED)).isPresent();
  }

  @Test
  void thePortalsOwnAndNamedOriginsAreAccepted() {
    assertThat(CrossSiteRequests.refusal("POST", null, OWN, "same-origin", OWN, NAMED)).isEmpty();
    assertThat(
            CrossSiteRequests.refusal(
                "POST", null, "https://trust.example", "cross-site", OWN, NAMED))
        .isEmpty();
    assertThat(CrossSiteRequests.refusal("POST", null, null, "same-origin", OWN, NAMED)).isEmpty();
  }

  @Test
  void readingAndClientsThatAreNoBrowserAreNotAffected() {
    assertThat(
            CrossSiteRequests.refusal(
                "GET", null, "https://evil.example", "cross-site", OWN, NAMED))
        .isEmpty();
    assertThat(CrossSiteRequests.refusal("POST", "Basic YTpi", null, null, OWN, NAMED)).isEmpty();
    assertThat(
            CrossSiteRequests.refusal(
                "POST", "Bearer tp_1_x", "https://evil.example", null, OWN, NAMED))
        .isEmpty();
  }
}
