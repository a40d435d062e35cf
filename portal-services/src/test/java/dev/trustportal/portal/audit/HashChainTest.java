package dev.trustportal.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:15:30.123456Z");

  @Test
  void anIntactChainVerifies() {
    ChainVerification result = HashChain.verify(chain(4));

    assertThat(result).isEqualTo(new ChainVerification(true, 4, null));
  }

  @Test
  void anEmptyChainIsIntact() {
    assertThat(HashChain.verify(List.of())).isEqualTo(ChainVerification.intact(0));
  }

  @Test
  void theFirstEventLinksToTheGenesisHash() {
    AuditEntry first = chain(1).get(0);

    assertThat(first.previousHash()).isEqualTo(HashChain.GENESIS).hasSize(64);
    assertThat(first.hash()).matches("[0-9a-f]{64}");
  }

  @Test
  void detectsATamperedField() {
    List<AuditEntry> events = chain(4);
    AuditEntry e = events.get(2);
    events.set(
        2,
        new AuditEntry(
            e.id(),
            e.organisation(),
            "mallory",
            e.action(),
            e.target(),
            e.outcome(),
            e.detail(),
            e.occurredAt(),
            e.previousHash(),
            e.hash()));

    assertThat(HashChain.verify(events)).isEqualTo(ChainVerification.brokenAt(3, e.id()));
  }

  @Test
  void detectsATamperedFieldWhoseHashWasRecomputed() {
    List<AuditEntry> events = chain(4);
    AuditEntry e = events.get(1);
    AuditRecord forged =
        new AuditRecord(
            e.organisation(),
            e.actor(),
            e.action(),
            e.target(),
            Outcome.SUCCEEDED,
            "nothing to see");
    String rehashed = HashChain.hash(e.id(), forged, e.occurredAt(), e.previousHash());
    events.set(
        1,
        new AuditEntry(
            e.id(),
            e.organisation(),
            e.actor(),
            e.action(),
            e.target(),
            Outcome.SUCCEEDED,
            "nothing to see",
            e.occurredAt(),
            e.previousHash(),
            rehashed));

    // The forged event is self-consistent; its successor's link gives it away.
    assertThat(HashChain.verify(events))
        .isEqualTo(ChainVerification.brokenAt(3, events.get(2).id()));
  }

  @Test
  void detectsARemovedEvent() {
    List<AuditEntry> events = chain(4);
    events.remove(1);

    assertThat(HashChain.verify(events)).isEqualTo(ChainVerification.brokenAt(2, 3L));
  }

  @Test
  void detectsReorderedEvents() {
    List<AuditEntry> events = chain(4);
    AuditEntry second = events.get(1);
    events.set(1, events.get(2));
    events.set(2, second);

    assertThat(HashChain.verify(events)).isEqualTo(ChainVerification.brokenAt(2, 3L));
  }

  @Test
  void detectsAChangedId() {
    List<AuditEntry> events = chain(2);
    AuditEntry e = events.get(1);
    events.set(
        1,
        new AuditEntry(
            99,
            e.organisation(),
            e.actor(),
            e.action(),
            e.target(),
            e.outcome(),
            e.detail(),
            e.occurredAt(),
            e.previousHash(),
            e.hash()));

    assertThat(HashChain.verify(events).ok()).isFalse();
  }

  @Test
  void fieldBoundariesAreUnambiguous() {
    AuditRecord a = new AuditRecord("acme", "ad", "min.x", "t", Outcome.SUCCEEDED, null);
    AuditRecord b = new AuditRecord("acme", "a", "dmin.x", "t", Outcome.SUCCEEDED, null);
    AuditRecord nullTarget = new AuditRecord("acme", "a", "x", null, Outcome.SUCCEEDED, null);
    AuditRecord emptyTarget = new AuditRecord("acme", "a", "x", "", Outcome.SUCCEEDED, null);

    assertThat(HashChain.hash(1, a, T0, HashChain.GENESIS))
        .isNotEqualTo(HashChain.hash(1, b, T0, HashChain.GENESIS));
    assertThat(HashChain.hash(1, nullTarget, T0, HashChain.GENESIS))
        .isNotEqualTo(HashChain.hash(1, emptyTarget, T0, HashChain.GENESIS));
  }

  @Test
  void storableInstantsKeepMicrosecondsOnly() {
    assertThat(HashChain.storable(Instant.parse("2026-01-01T00:00:00.123456789Z")))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
  }

  @Test
  void lockKeysAreStablePerChainAndDifferBetweenChains() {
    assertThat(HashChain.lockKey("acme")).isEqualTo(HashChain.lockKey("acme"));
    assertThat(HashChain.lockKey("acme")).isNotEqualTo(HashChain.lockKey("globex"));
    assertThat(HashChain.lockKey(null)).isNotEqualTo(HashChain.lockKey("platform"));
  }

  @Test
  void aBlankActorIsAnonymous() {
    assertThat(new AuditRecord(null, " ", "sign-in.failed", "x", Outcome.FAILED, null).actor())
        .isEqualTo(AuditRecord.ANONYMOUS);
  }

  /** A valid chain of n events of the organisation "acme", ids 1..n. */
  private static List<AuditEntry> chain(int n) {
    List<AuditEntry> events = new ArrayList<>();
    String previous = HashChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditRecord record =
          new AuditRecord(
              "acme", "admin", "organisation.created", "acme", Outcome.SUCCEEDED, "#" + i);
      Instant at = T0.plusSeconds(i);
      String hash = HashChain.hash(i, record, at, previous);
      events.add(
          new AuditEntry(
              i,
              "acme",
              "admin",
              "organisation.created",
              "acme",
              Outcome.SUCCEEDED,
              "#" + i,
              at,
              previous,
              hash));
      previous = hash;
    }
    return events;
  }
}
