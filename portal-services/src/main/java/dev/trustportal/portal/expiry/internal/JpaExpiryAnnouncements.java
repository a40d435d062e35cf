package dev.trustportal.portal.expiry.internal;

import dev.trustportal.portal.expiry.ExpiryAnnouncements;
import dev.trustportal.portal.expiry.RoleExpiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The radar's rows in PostgreSQL (native SQL: {@code expiry_announcement}, V70). */
@ApplicationScoped
public class JpaExpiryAnnouncements implements ExpiryAnnouncements {

  /** The advisory lock of the radar, so that one instance of a cluster reads at a time. */
  private static final long RADAR_LOCK = 0x4558504952414452L;

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public boolean lockRadar() {
    return (Boolean)
        em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, RADAR_LOCK)
            .getSingleResult();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> due(Instant readBefore, int limit) {
    return em.createNativeQuery(
            "select gun from repository where pending_change_id is null"
                + " and pending_ceremony_id is null and diverged_finding is null"
                + " and (expiry_read_at is null or expiry_read_at < ?1)"
                + " order by expiry_read_at nulls first, id limit ?2")
        .setParameter(1, readBefore)
        .setParameter(2, limit)
        .getResultList();
  }

  @Override
  public boolean announce(String gun, String role, Instant expires, Instant at) {
    return em.createNativeQuery(
                "insert into expiry_announcement (gun, role, expires_at, announced_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, gun)
            .setParameter(2, role)
            .setParameter(3, expires)
            .setParameter(4, at)
            .executeUpdate()
        == 1;
  }

  @Override
  public void read(String gun, Instant at) {
    em.createNativeQuery("update repository set expiry_read_at = ?2 where gun = ?1")
        .setParameter(1, gun)
        .setParameter(2, at)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<RoleExpiry> announced(String gun) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select role, expires_at from expiry_announcement where gun = ?1"
                    + " order by expires_at, role")
            .setParameter(1, gun)
            .getResultList();
    return rows.stream().map(r -> new RoleExpiry((String) r[0], instant(r[1]))).toList();
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
