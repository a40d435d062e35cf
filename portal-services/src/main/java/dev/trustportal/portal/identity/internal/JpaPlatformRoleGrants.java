package dev.trustportal.portal.identity.internal;

import dev.trustportal.portal.identity.PlatformRoleGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Platform role grants in PostgreSQL (V22); runs in the caller's transaction. */
@ApplicationScoped
class JpaPlatformRoleGrants implements PlatformRoleGrants {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void granted(String username, String role, String grantedBy, Instant at) {
    em.createNativeQuery(
            "insert into platform_role_grant (username, role, granted_by, granted_at) values (?1,"
                + " ?2, ?3, ?4) on conflict (username, role) do update set granted_by ="
                + " excluded.granted_by, granted_at = excluded.granted_at")
        .setParameter(1, username)
        .setParameter(2, role)
        .setParameter(3, grantedBy)
        .setParameter(4, at)
        .executeUpdate();
  }

  @Override
  public void withdrawn(String username, String role) {
    em.createNativeQuery("delete from platform_role_grant where username = ?1 and role = ?2")
        .setParameter(1, username)
        .setParameter(2, role)
        .executeUpdate();
  }

  @Override
  public Optional<Instant> grantedAt(String username, String role) {
    List<?> rows =
        em.createNativeQuery(
                "select granted_at from platform_role_grant where username = ?1 and role = ?2")
            .setParameter(1, username)
            .setParameter(2, role)
            .getResultList();
    return rows.stream().findFirst().map(JpaPlatformRoleGrants::instant);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }
}
