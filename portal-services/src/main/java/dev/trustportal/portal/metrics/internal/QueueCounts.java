package dev.trustportal.portal.metrics.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The outbox, change and watcher tables in PostgreSQL, read in a transaction of its own per scrape.
 * An enterprise bean, as the gauges' reads then run in a container transaction whatever thread the
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

  /**
   * The watcher's progress at one moment: repositories it has not read yet, and the seconds since
   * it read the one it read longest ago.
   */
  public record WatcherState(long unread, double oldestReadAgeSeconds) {}

  public WatcherState watcher() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*) filter (where expiry_read_at is null),"
                        + " coalesce(extract(epoch from (now() - min(expiry_read_at))), 0)"
                        + " from repository")
                .getSingleResult();
    return new WatcherState(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
  }

  /** Repositories with a finding of this kind in the watcher's last read of them. */
  public long findings(String kind) {
    return count(
        em.createNativeQuery("select count(distinct gun) from repository_finding where kind = ?1")
            .setParameter(1, kind));
  }

  /** Repositories found diverged (their finding stays on the repository itself, V85). */
  public long diverged() {
    return count(
        em.createNativeQuery("select count(*) from repository where diverged_finding is not null"));
  }

  private static long count(Query query) {
    return ((Number) query.getSingleResult()).longValue();
  }

  public long approvalsPending() {
    return ((Number)
            em.createNativeQuery("select count(*) from change_request where state = 'FILED'")
                .getSingleResult())
        .longValue();
  }
}
