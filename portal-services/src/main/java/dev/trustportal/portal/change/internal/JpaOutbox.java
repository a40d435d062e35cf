package dev.trustportal.portal.change.internal;

import dev.trustportal.portal.change.ChangeRequest;
import dev.trustportal.portal.change.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table in PostgreSQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaOutbox implements Outbox {

  /*
   * Due, not claimed by a live worker (claims with a lease were made by versions before 2026-12-08,
   * which committed the claim before the upload), and the oldest queued change of its GUN (changes
   * of one GUN are published in filing order). SKIP LOCKED passes over rows another transaction is
   * publishing, so workers of several instances never wait for each other nor take the same row;
   * the older row of a GUN that is being published stays in the table until its outcome commits, so
   * the GUN's next change waits for it.
   */
  private static final String DUE =
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
  public Optional<Long> lockNext(Instant now) {
    List<?> rows = em.createNativeQuery(DUE).setParameter(1, now).getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
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
