package dev.trustportal.portal.metrics.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The outbox and change tables in PostgreSQL, read in a transaction of its own per scrape. An
 * enterprise bean, as the gauges' reads then run in a container transaction whatever thread the
 * metrics endpoint calls them on (an {@code @Transactional} CDI bean's gauges were left out of
 * {@code /metrics} on Payara 6).
 */
@Stateless
@PermitAll
public class QueueCounts {

  /** The outbox at one moment: its rows and the seconds since the oldest was enqueued. */
  public record OutboxState(long waiting, double oldestAgeSeconds) {}

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public OutboxState outbox() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(extract(epoch from (now() - min(enqueued_at))), 0)"
                        + " from change_outbox")
                .getSingleResult();
    return new OutboxState(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
  }

  public long approvalsPending() {
    return ((Number)
            em.createNativeQuery("select count(*) from change_request where state = 'FILED'")
                .getSingleResult())
        .longValue();
  }
}
