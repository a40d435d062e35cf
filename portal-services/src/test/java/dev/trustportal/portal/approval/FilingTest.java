package dev.trustportal.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.securitykey.RequiredKeys;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FilingTest {

  private static final Instant FILED = Instant.parse("2026-12-01T10:00:00Z");
  private static final SubjectRef CHANGE = SubjectRef.change("acme", 7);
  private static final Filing BY_OLGA = new Filing("olga", FILED);
  private static final ApprovalSettings STRICT =
      new ApprovalSettings(false, 24, RequiredKeys.ANY_FIDO2);

  @Test
  void anotherOwnerWithinTheOpenPeriodMeetsNoRefusal() {
    assertThat(BY_OLGA.refusal(CHANGE, STRICT, "oscar", FILED.plus(Duration.ofHours(24))))
        .isEmpty();
  }

  @Test
  void theFilerIsRefusedUnlessSelfApprovalIsOn() {
    assertThat(BY_OLGA.refusal(CHANGE, STRICT, "olga", FILED))
        .get()
        .isInstanceOf(SelfApprovalException.class);
    ApprovalSettings selfApproval = new ApprovalSettings(true, 24, RequiredKeys.ANY_FIDO2);
    assertThat(BY_OLGA.refusal(CHANGE, selfApproval, "olga", FILED)).isEmpty();
  }

  @Test
  void anApprovalAfterTheOpenPeriodIsRefusedWithTheInstantItClosed() {
    assertThat(
            BY_OLGA.refusal(
                CHANGE, STRICT, "oscar", FILED.plus(Duration.ofHours(24)).plusSeconds(1)))
        .get()
        .isInstanceOf(ApprovalPeriodOverException.class)
        .extracting(refusal -> refusal.getMessage())
        .asString()
        .contains("2026-12-02T10:00:00Z");
  }
}
