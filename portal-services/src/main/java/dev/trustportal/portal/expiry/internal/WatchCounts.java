package dev.trustportal.portal.expiry.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The watcher's progress in PostgreSQL, read in a transaction of its own per scrape (an enterprise
 * bean, as the metrics endpoint calls gauges on threads of its own; see QueueCounts).
 */
@Stateless
@PermitAll
public class WatchCounts {

  /**
   * The watcher's progress at one moment: repositories it has not read yet, and the seconds since
   * it read the one it read longest ago.
   */
  public record Progress(long unread, double oldestReadAgeSeconds) {}

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public Progress progress() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*) filter (where expiry_read_at is null),"
                        + " coalesce(extract(epoch from (now() - min(expiry_read_at))), 0)"
                        + " from repository")
                .getSingleResult();
    return new Progress(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
  }

  /** Repositories with a finding of this kind in the watcher's last read of them. */
  public long repositoriesWith(String kind) {
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
}
