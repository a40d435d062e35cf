package dev.trustportal.portal.metrics.internal;

import dev.trustportal.portal.metrics.QueueCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The outbox and change tables in PostgreSQL, read in a transaction of its own per scrape. */
@ApplicationScoped
@Transactional
class JpaQueueCounts implements QueueCounts {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public OutboxState outbox() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(extract(epoch from (now() - min(enqueued_at))), 0)"
                        + " from change_outbox")
                .getSingleResult();
    return new OutboxState(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
  }

  @Override
  public long approvalsPending() {
    return ((Number)
            em.createNativeQuery("select count(*) from change_request where state = 'FILED'")
                .getSingleResult())
        .longValue();
  }
}
