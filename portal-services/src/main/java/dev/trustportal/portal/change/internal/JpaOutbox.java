package dev.trustportal.portal.change.internal;

import dev.trustportal.portal.change.ChangeRequest;
import dev.trustportal.portal.change.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox table in PostgreSQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaOutbox implements Outbox {

  /*
   * Due, not claimed by a live worker, and the oldest queued change of its GUN (changes of one GUN are
   * published in filing order). SKIP LOCKED passes over rows another transaction is claiming or
   * applying, so workers of several instances never wait for each other nor take the same row.
   */
  private static final String CLAIMABLE =
      "select o.change_id from change_outbox o where o.next_attempt_at <= ?1 and (o.claimed_until"
          + " is null or o.claimed_until < ?1) and not exists (select 1 from change_outbox e where"
          + " e.gun = o.gun and e.change_id < o.change_id) order by o.next_attempt_at, o.change_id"
          + " limit 1 for update of o skip locked";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void enqueue(ChangeRequest change, Instant due) {
    em.createNativeQuery(
            "insert into change_outbox (change_id, gun, enqueued_at, next_attempt_at)"
                + " values (?1, ?2, ?3, ?3)")
        .setParameter(1, change.id())
        .setParameter(2, change.gun().value())
        .setParameter(3, due)
        .executeUpdate();
  }

  @Override
  public Optional<Claim> claimNext(Instant now, Duration lease) {
    List<?> rows = em.createNativeQuery(CLAIMABLE).setParameter(1, now).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Claim claim = new Claim(((Number) rows.get(0)).longValue(), UUID.randomUUID().toString());
    em.createNativeQuery(
            "update change_outbox set claim = ?1, claimed_until = ?2 where change_id = ?3")
        .setParameter(1, claim.token())
        .setParameter(2, now.plus(lease))
        .setParameter(3, claim.changeId())
        .executeUpdate();
    return Optional.of(claim);
  }

  @Override
  public boolean lock(Claim claim) {
    return !em.createNativeQuery(
            "select change_id from change_outbox where change_id = ?1 and claim = ?2 for update"
                + " skip locked")
        .setParameter(1, claim.changeId())
        .setParameter(2, claim.token())
        .getResultList()
        .isEmpty();
  }

  @Override
  public void retryAt(long changeId, Instant next) {
    em.createNativeQuery(
            "update change_outbox set next_attempt_at = ?1, claim = null, claimed_until = null"
                + " where change_id = ?2")
        .setParameter(1, next)
        .setParameter(2, changeId)
        .executeUpdate();
  }

  @Override
  public void remove(long changeId) {
    em.createNativeQuery("delete from change_outbox where change_id = ?1")
        .setParameter(1, changeId)
        .executeUpdate();
  }
}
