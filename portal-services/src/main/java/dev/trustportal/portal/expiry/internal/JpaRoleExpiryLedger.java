package dev.trustportal.portal.expiry.internal;

import dev.trustportal.portal.expiry.RoleExpiry;
import dev.trustportal.portal.expiry.RoleExpiryLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The radar's last reading of each repository in PostgreSQL (native SQL: {@code role_expiry}). */
@ApplicationScoped
public class JpaRoleExpiryLedger implements RoleExpiryLedger {

  private static final String OF_ORGANISATION =
      " from role_expiry e join repository r on r.gun = e.gun"
          + " join organisation o on o.id = r.organisation_id where o.name = ?1";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void replace(String gun, List<RoleExpiry> roles, Instant readAt) {
    em.createNativeQuery("delete from role_expiry where gun = ?1")
        .setParameter(1, gun)
        .executeUpdate();
    for (RoleExpiry role : roles) {
      em.createNativeQuery(
              "insert into role_expiry (gun, role, expires_at, read_at) values (?1, ?2, ?3, ?4)")
          .setParameter(1, gun)
          .setParameter(2, role.role())
          .setParameter(3, role.expires())
          .setParameter(4, readAt)
          .executeUpdate();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Row> nearest(String organisation, int offset, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.name, e.gun, e.role, e.expires_at"
                    + OF_ORGANISATION
                    + " order by e.expires_at, r.name, e.role offset ?2 limit ?3")
            .setParameter(1, organisation)
            .setParameter(2, offset)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream().map(JpaRoleExpiryLedger::row).toList();
  }

  @Override
  public long count(String organisation) {
    return ((Number)
            em.createNativeQuery("select count(*)" + OF_ORGANISATION)
                .setParameter(1, organisation)
                .getSingleResult())
        .longValue();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Row> delegationsBefore(String organisation, Instant before) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.name, e.gun, e.role, e.expires_at"
                    + OF_ORGANISATION
                    + " and e.role like 'targets/%' and e.expires_at < ?2"
                    + " order by e.expires_at, r.name, e.role limit 200")
            .setParameter(1, organisation)
            .setParameter(2, before)
            .getResultList();
    return rows.stream().map(JpaRoleExpiryLedger::row).toList();
  }

  private static Row row(Object[] r) {
    return new Row((String) r[0], (String) r[1], (String) r[2], instant(r[3]));
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
