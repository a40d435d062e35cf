package dev.trustportal.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  @Test
  void blankParametersRestrictNothing() {
    assertThat(AuditFilter.parse(null, " ", "", null, "", null, "  ").isEmpty()).isTrue();
  }

  @Test
  void valuesAreTrimmedAndOutcomesReadInAnyCase() {
    AuditFilter filter =
        AuditFilter.parse(
            " alice ", "change.filed", "reg/acme/app ", "denied", null, null, " key ");
    assertThat(filter.actor()).isEqualTo("alice");
    assertThat(filter.gun()).isEqualTo("reg/acme/app");
    assertThat(filter.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(filter.text()).isEqualTo("key");
  }

  @Test
  void aDayRangeIncludesTheWholeLastDayInUtc() {
    AuditFilter filter =
        AuditFilter.parse(null, null, null, null, "2026-12-01", "2026-12-07", null);
    assertThat(filter.from()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(filter.before()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    assertThat(
            AuditFilter.ofDays(
                null, null, null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), null))
        .isEqualTo(filter);
  }

  @Test
  void anInstantRangeIncludesTheInstantItEndsAt() {
    AuditFilter filter =
        AuditFilter.parse(
            null, null, null, null, "2026-12-07T10:00:00Z", "2026-12-07T12:00:00+02:00", null);
    assertThat(filter.from()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    assertThat(filter.before()).isEqualTo(Instant.parse("2026-12-07T10:00:00.000001Z"));
  }

  @Test
  void anUnparseableDateSaysWhatIsExpected() {
    assertThatThrownBy(() -> AuditFilter.parse(null, null, null, null, "yesterday", null, null))
        .isInstanceOfSatisfying(
            InvalidAuditFilterException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(InvalidAuditFilterException.Reason.DATE);
              assertThat(e.code()).isEqualTo("invalid_audit_filter");
              assertThat(e.getMessage()).contains("'from'", "yesterday", "2026-12-07");
            });
    assertThatThrownBy(() -> AuditFilter.parse(null, null, null, null, null, "2026-13-01", null))
        .hasMessageContaining("'to'");
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(
            () -> AuditFilter.parse(null, null, null, null, "2026-12-08", "2026-12-07", null))
        .isInstanceOfSatisfying(
            InvalidAuditFilterException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidAuditFilterException.Reason.RANGE));
  }

  @Test
  void anUnknownOutcomeNamesTheKnownOnes() {
    assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "MAYBE", null, null, null))
        .hasMessageContaining("MAYBE")
        .hasMessageContaining("SUCCEEDED, DENIED, FAILED");
  }

  @Test
  void anOverlongValueIsRefused() {
    assertThatThrownBy(() -> AuditFilter.parse("a".repeat(256), null, null, null, null, null, null))
        .isInstanceOfSatisfying(
            InvalidAuditFilterException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidAuditFilterException.Reason.TOO_LONG));
  }

  @Test
  void exportFormatsAreReadInAnyCaseAndCsvIsTheDefault() {
    assertThat(AuditExportFormat.parse("Json")).isEqualTo(AuditExportFormat.JSON);
    assertThat(AuditExportFormat.parse(null)).isEqualTo(AuditExportFormat.CSV);
    assertThatThrownBy(() -> AuditExportFormat.parse("xlsx"))
        .isInstanceOfSatisfying(
            InvalidAuditFilterException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(InvalidAuditFilterException.Reason.FORMAT);
              assertThat(e.getMessage()).contains("xlsx", "csv or json");
            });
  }

  @Test
  void theDescriptionOfAnExportNamesEachRestriction() {
    assertThat(AuditFilter.NONE.describe()).isEqualTo("no filter");
    assertThat(AuditFilter.parse("bob", null, null, "failed", null, null, "x").describe())
        .isEqualTo("actor=bob, outcome=FAILED, q=x");
  }
}
