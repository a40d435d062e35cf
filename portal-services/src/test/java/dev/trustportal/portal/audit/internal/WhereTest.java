package dev.trustportal.portal.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.audit.AuditFilter;
import dev.trustportal.portal.audit.Outcome;
import org.junit.jupiter.api.Test;

class WhereTest {

  @Test
  void onlyWhatTheFilterRestrictsBecomesAConditionWithBoundValues() {
    Where where =
        Where.of(new AuditFilter("bob' or 1=1", null, null, Outcome.FAILED, null, null, null));
    assertThat(where.jpql()).isEqualTo(" and e.actor = :actor and e.outcome = :outcome");
    assertThat(where.parameters()).containsEntry("actor", "bob' or 1=1");
    assertThat(Where.of(AuditFilter.NONE).jpql()).isEmpty();
  }

  @Test
  void textIsMatchedLiterallyIgnoringCase() {
    Where where = Where.of(AuditFilter.parse(null, null, null, null, null, null, "100%_Sure!"));
    assertThat(where.parameters()).containsEntry("text", "%100!%!_sure!!%");
  }
}
