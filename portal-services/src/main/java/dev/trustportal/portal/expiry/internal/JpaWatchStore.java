package dev.trustportal.portal.expiry.internal;

import dev.trustportal.portal.expiry.Finding;
import dev.trustportal.portal.expiry.FindingKind;
import dev.trustportal.portal.expiry.WatchStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The watcher's rows in PostgreSQL (native SQL: {@code repository_finding}, {@code watcher_cursor},
 * V85).
 */
@ApplicationScoped
public class JpaWatchStore implements WatchStore {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void replaceFindings(String gun, List<Finding> findings) {
    em.createNativeQuery("delete from repository_finding where gun = ?1")
        .setParameter(1, gun)
        .executeUpdate();
    for (Finding finding : findings) {
      em.createNativeQuery(
              "insert into repository_finding (gun, kind, role, detail, found_at)"
                  + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
          .setParameter(1, gun)
          .setParameter(2, finding.kind().name())
          .setParameter(3, finding.role())
          .setParameter(4, finding.detail())
          .setParameter(5, finding.foundAt())
          .executeUpdate();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Finding> findings(String gun) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select kind, role, detail, found_at from repository_finding where gun = ?1"
                    + " order by kind, role")
            .setParameter(1, gun)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Finding(
                    FindingKind.valueOf((String) r[0]),
                    (String) r[1],
                    (String) r[2],
                    instant(r[3])))
        .sorted(java.util.Comparator.comparing(Finding::kind).thenComparing(Finding::role))
        .toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public OptionalLong cursor() {
    List<Number> rows =
        em.createNativeQuery("select change_id from watcher_cursor where id = 1").getResultList();
    return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0).longValue());
  }

  @Override
  public void moveCursor(long changeId, Instant at) {
    em.createNativeQuery(
            "insert into watcher_cursor (id, change_id, read_at) values (1, ?1, ?2)"
                + " on conflict (id) do update set change_id = ?1, read_at = ?2")
        .setParameter(1, changeId)
        .setParameter(2, at)
        .executeUpdate();
  }

  @Override
  public Optional<Instant> readAt(String gun) {
    return instantOf("select expiry_read_at from repository where gun = ?1", gun);
  }

  @Override
  public Optional<Instant> divergedAt(String gun) {
    return instantOf("select diverged_at from repository where gun = ?1", gun);
  }

  @SuppressWarnings("unchecked")
  private Optional<Instant> instantOf(String sql, String gun) {
    List<Object> rows = em.createNativeQuery(sql).setParameter(1, gun).getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of(instant(rows.get(0)));
  }

  @Override
  public int markChanged(Collection<String> guns) {
    int marked = 0;
    for (String gun : guns) {
      marked +=
          em.createNativeQuery(
                  "update repository set expiry_read_at = null where gun = ?1"
                      + " and expiry_read_at is not null")
              .setParameter(1, gun)
              .executeUpdate();
    }
    return marked;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
