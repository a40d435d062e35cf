package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.publish.ThresholdWouldBreakException;
import dev.trustportal.notary.server.InvalidUpdateException;
import dev.trustportal.notary.server.MetadataNotFoundException;
import dev.trustportal.notary.server.NotaryServerException;
import dev.trustportal.notary.server.ServerUnreachableException;
import dev.trustportal.notary.server.UnauthorizedException;
import dev.trustportal.notary.server.VersionConflictException;
import dev.trustportal.notary.tuf.RoleName;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class PublishOutcomeTest {

  @Test
  void anUnreachableFailingOrConflictingServerIsTriedAgain() {
    assertThat(PublishOutcome.of(new ServerUnreachableException("notary", new ConnectException())))
        .isEqualTo(PublishOutcome.RETRY);
    assertThat(PublishOutcome.of(new NotaryServerException(503, "UNAVAILABLE", "down", "")))
        .isEqualTo(PublishOutcome.RETRY);
    assertThat(PublishOutcome.of(new VersionConflictException("newer", "")))
        .isEqualTo(PublishOutcome.RETRY);
    assertThat(PublishOutcome.of(new UnauthorizedException("UNAUTHORIZED", "no", "")))
        .isEqualTo(PublishOutcome.RETRY);
    assertThat(PublishOutcome.of(new MetadataNotFoundException("gone", "")))
        .isEqualTo(PublishOutcome.RETRY);
    assertThat(PublishOutcome.of(new IllegalStateException("bug"))).isEqualTo(PublishOutcome.RETRY);
  }

  @Test
  void aChangeTheTrustModelOrTheServerRefusesFails() {
    assertThat(PublishOutcome.of(new ThresholdWouldBreakException(RoleName.RELEASES, 2, 1)))
        .isEqualTo(PublishOutcome.FAIL);
    assertThat(PublishOutcome.of(new SignerExistsException("alice")))
        .isEqualTo(PublishOutcome.FAIL);
    assertThat(
            PublishOutcome.of(new InvalidUpdateException("bad", "", "ErrBadTargets", "threshold")))
        .isEqualTo(PublishOutcome.FAIL);
  }
}
