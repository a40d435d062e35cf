package dev.trustportal.portal.identity.internal;

import dev.trustportal.portal.identity.PlatformRoleRequest;
import dev.trustportal.portal.identity.PlatformRoleRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Platform role requests in PostgreSQL (V36); runs in the caller's transaction. */
@ApplicationScoped
class JpaPlatformRoleRequests implements PlatformRoleRequests {

  private static final String COLUMNS =
      "select id, username, role, requested_by, requested_at, digest, state,"
          + " decided_by, decided_at, reason from platform_role_request";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public long file(String username, String role, String requestedBy, Instant at, String digest) {
    Object id =
        em.createNativeQuery(
                "insert into platform_role_request (username, role, requested_by, requested_at,"
                    + " digest, state) values (?1, ?2, ?3, ?4, ?5, 'FILED') returning id")
            .setParameter(1, username)
            .setParameter(2, role)
            .setParameter(3, requestedBy)
            .setParameter(4, at)
            .setParameter(5, digest)
            .getSingleResult();
    return ((Number) id).longValue();
  }

  @Override
  public Optional<PlatformRoleRequest> find(long id, boolean lock) {
    return rows(
            em.createNativeQuery(COLUMNS + " where id = ?1" + (lock ? " for update" : ""))
                .setParameter(1, id)
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<PlatformRoleRequest> waiting(String username, String role) {
    return rows(
            em.createNativeQuery(COLUMNS + " where username = ?1 and role = ?2 and state = 'FILED'")
                .setParameter(1, username)
                .setParameter(2, role)
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public List<PlatformRoleRequest> waiting() {
    return rows(
        em.createNativeQuery(COLUMNS + " where state = 'FILED' order by requested_at, id")
            .getResultList());
  }

  @Override
  public void decide(
      long id,
      PlatformRoleRequest.State state,
      String decidedBy,
      Instant at,
      Long keyId,
      String reason) {
    // A null key ID cannot be bound untyped: the column is left as it is then.
    String key = keyId == null ? "" : ", security_key_id = " + keyId.longValue();
    em.createNativeQuery(
            "update platform_role_request set state = ?1, decided_by = ?2, decided_at = ?3,"
                + " reason = ?4"
                + key
                + " where id = ?5")
        .setParameter(1, state.name())
        .setParameter(2, decidedBy)
        .setParameter(3, at)
        .setParameter(4, reason)
        .setParameter(5, id)
        .executeUpdate();
  }

  @Override
  public boolean anotherPlatformAdmin(String username) {
    Object count =
        em.createNativeQuery(
                "select count(*) from account a join account_role r on r.account_id = a.id where"
                    + " r.role = 'platform-admin' and a.disabled_at is null and a.username <> ?1")
            .setParameter(1, username)
            .getSingleResult();
    return ((Number) count).longValue() > 0;
  }

  private static List<PlatformRoleRequest> rows(List<?> rows) {
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new PlatformRoleRequest(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    instant(r[4]),
                    (String) r[5],
                    PlatformRoleRequest.State.valueOf((String) r[6]),
                    Optional.ofNullable((String) r[7]),
                    Optional.ofNullable(r[8]).map(JpaPlatformRoleRequests::instant),
                    Optional.ofNullable((String) r[9])))
        .toList();
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
