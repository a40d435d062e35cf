package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.repository.RepositoryName;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lifecycle of a request: only the moves ChangeState describes. */
class ChangeRequestTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private final Repository repository =
      new Repository(
          new Organisation(new OrganisationName("acme"), T0),
          new RepositoryName("api"),
          new Gun("registry.example/acme/api"),
          T0);
  private final ChangeRequest request =
      new ChangeRequest(
          repository, new TrustChange.SetThreshold(RoleName.RELEASES, 2), "olivia", 0, T0);

  @Test
  void aFiledRequestCarriesItsPayloadDigestAndSummary() {
    assertThat(request.state()).isEqualTo(ChangeState.FILED);
    assertThat(request.gun()).isEqualTo(new Gun("registry.example/acme/api"));
    assertThat(request.digest()).isEqualTo(ChangePayloads.digest(request.payload()));
    assertThat(request.change()).isEqualTo(new TrustChange.SetThreshold(RoleName.RELEASES, 2));
    assertThat(request.summary()).isEqualTo("Set the threshold of targets/releases to 2");
  }

  @Test
  void goesFromApprovedThroughPublishingToPublished() {
    request.approve(T0);
    assertThat(request.nextAttemptAt()).contains(T0);
    request.startPublishing(T0.plusSeconds(1));
    assertThat(request.state()).isEqualTo(ChangeState.PUBLISHING);
    assertThat(request.attempts()).isEqualTo(1);

    request.published("{\"targets\":3}", T0.plusSeconds(2));

    assertThat(request.state()).isEqualTo(ChangeState.PUBLISHED);
    assertThat(request.nextAttemptAt()).isEmpty();
    assertThat(request.updatedAt()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void aFailedAttemptGoesBackToApprovedWithItsNextAttemptAndError() {
    request.approve(T0);
    request.startPublishing(T0);

    request.retryAt(T0.plusSeconds(1), "notary unreachable", T0);
    request.startPublishing(T0.plusSeconds(1));

    assertThat(request.attempts()).isEqualTo(2);
    assertThat(request.lastError()).contains("notary unreachable");
  }

  @Test
  void refusesMovesTheLifecycleDoesNotHave() {
    assertThatThrownBy(() -> request.startPublishing(T0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> request.published("{}", T0)).isInstanceOf(IllegalStateException.class);
    request.reject("no", T0);
    assertThat(request.failure()).contains("no");
    assertThatThrownBy(() -> request.approve(T0)).isInstanceOf(IllegalStateException.class);
  }
}
