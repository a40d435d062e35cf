package dev.trustportal.portal.securitykey.internal;

import dev.trustportal.portal.securitykey.KeyConfirmation;
import dev.trustportal.portal.securitykey.KeyConfirmations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Key confirmations and the onboarding instant in PostgreSQL (V30); runs in the caller's
 * transaction.
 */
@ApplicationScoped
class JpaKeyConfirmations implements KeyConfirmations {

  private static final String ORGANISATION_ID = "(select id from organisation where name = ?2)";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<KeyConfirmation> find(long keyId, String organisation) {
    List<?> rows =
        em.createNativeQuery(
                "select confirmed_by, confirmed_at from security_key_confirmation"
                    + " where security_key_id = ?1 and organisation_id = "
                    + ORGANISATION_ID)
            .setParameter(1, keyId)
            .setParameter(2, organisation)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new KeyConfirmation((String) columns[0], instant(columns[1]));
            });
  }

  @Override
  public void store(long keyId, String organisation, KeyConfirmation confirmation) {
    em.createNativeQuery(
            "insert into security_key_confirmation (security_key_id, organisation_id, confirmed_by,"
                + " confirmed_at) values (?1, "
                + ORGANISATION_ID
                + ", ?3, ?4) on conflict do nothing")
        .setParameter(1, keyId)
        .setParameter(2, organisation)
        .setParameter(3, confirmation.confirmedBy())
        .setParameter(4, confirmation.confirmedAt())
        .executeUpdate();
  }

  @Override
  public Optional<Instant> approvalsRequiredSince(String organisation) {
    List<?> rows =
        em.createNativeQuery(
                "select since from approvals_required where organisation_id = "
                    + "(select id from organisation where name = ?1)")
            .setParameter(1, organisation)
            .getResultList();
    return rows.stream().findFirst().map(JpaKeyConfirmations::instant);
  }

  @Override
  public List<String> ownedBy(String username) {
    return em.createNativeQuery(
            "select o.name from membership m join organisation o on o.id = m.organisation_id"
                + " where m.username = ?1 and m.role = 'OWNER' order by o.name",
            String.class)
        .setParameter(1, username)
        .getResultList();
  }

  @Override
  public List<String> owners(String organisation) {
    return em.createNativeQuery(
            "select m.username from membership m join organisation o on o.id = m.organisation_id"
                + " where o.name = ?1 and m.role = 'OWNER' order by m.username",
            String.class)
        .setParameter(1, organisation)
        .getResultList();
  }

  /**
   * PostgreSQL's JDBC driver gives timestamptz as Timestamp, OffsetDateTime or Instant by
   * configuration.
   */
  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
