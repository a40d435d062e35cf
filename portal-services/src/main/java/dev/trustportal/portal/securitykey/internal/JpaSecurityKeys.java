package dev.trustportal.portal.securitykey.internal;

import dev.trustportal.portal.common.internal.UniqueViolation;
import dev.trustportal.portal.securitykey.DuplicateSecurityKeyNameException;
import dev.trustportal.portal.securitykey.SecurityKey;
import dev.trustportal.portal.securitykey.SecurityKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Security keys and WebAuthn challenges in PostgreSQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaSecurityKeys implements SecurityKeys {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void store(SecurityKey key) {
    try {
      em.persist(key);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCausedBy(e)) {
        throw new DuplicateSecurityKeyNameException(key.name());
      }
      throw e;
    }
  }

  @Override
  public Optional<SecurityKey> find(long id) {
    return Optional.ofNullable(em.find(SecurityKey.class, id));
  }

  @Override
  public Optional<SecurityKey> findByCredentialId(String credentialId) {
    return em.createQuery(
            "select k from SecurityKey k where k.credentialId = :id", SecurityKey.class)
        .setParameter("id", credentialId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SecurityKey> ownedBy(String username) {
    return em.createQuery(
            "select k from SecurityKey k where k.username = :u order by k.id", SecurityKey.class)
        .setParameter("u", username)
        .getResultList();
  }

  @Override
  public void remove(SecurityKey key) {
    em.remove(key);
    em.flush();
  }

  @Override
  public void markPossiblyCloned(long id) {
    em.createNativeQuery("update security_key set possibly_cloned = true where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  public List<SecurityKey> notSuspended() {
    return em.createQuery(
            "select k from SecurityKey k where k.suspendedReason is null order by k.id",
            SecurityKey.class)
        .getResultList();
  }

  // A conditional update: of two instances checking at once, only one suspends (and audits) the
  // key.
  @Override
  public boolean suspend(long id, String reason) {
    return em.createNativeQuery(
                "update security_key set suspended_reason = ?2 where id = ?1 and suspended_reason"
                    + " is null")
            .setParameter(1, id)
            .setParameter(2, reason)
            .executeUpdate()
        == 1;
  }

  @Override
  public List<String> organisationsOf(String username) {
    return em.createNativeQuery(
            "select o.name from membership m join organisation o on o.id = m.organisation_id"
                + " where m.username = ?1 order by o.name",
            String.class)
        .setParameter(1, username)
        .getResultList();
  }

  @Override
  public void storeChallenge(
      String username,
      Purpose purpose,
      Long changeId,
      byte[] challenge,
      byte[] nonce,
      Instant expires) {
    em.createNativeQuery("delete from webauthn_challenge where expires_at < ?1")
        .setParameter(1, Instant.now())
        .executeUpdate();
    // A null change ID cannot be bound untyped: the column is left to its default then.
    String changeColumn = changeId == null ? "" : ", " + subjectColumn(purpose);
    String changeValue = changeId == null ? "" : ", " + changeId.longValue();
    em.createNativeQuery(
            "insert into webauthn_challenge (username, purpose, challenge, nonce, expires_at"
                + changeColumn
                + ") values (?1, ?2, ?3, ?4, ?5"
                + changeValue
                + ")")
        .setParameter(1, username)
        .setParameter(2, purpose.name())
        .setParameter(3, challenge)
        .setParameter(4, nonce == null ? new byte[0] : nonce)
        .setParameter(5, expires)
        .executeUpdate();
  }

  // Selected FOR UPDATE and deleted in the same transaction: of two concurrent uses, one finds
  // nothing.
  @Override
  public Optional<byte[]> consumeChallenge(
      String username, Purpose purpose, Long changeId, byte[] challenge, Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "select id, nonce from webauthn_challenge where username = ?1 and purpose = ?2"
                    + " and coalesce("
                    + subjectColumn(purpose)
                    + ", -1) = ?3 and challenge = ?4 and expires_at > ?5 for update")
            .setParameter(1, username)
            .setParameter(2, purpose.name())
            .setParameter(3, changeId == null ? -1L : changeId)
            .setParameter(4, challenge)
            .setParameter(5, now)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    em.createNativeQuery("delete from webauthn_challenge where id = ?1")
        .setParameter(1, ((Number) row[0]).longValue())
        .executeUpdate();
    return Optional.of((byte[]) row[1]);
  }

  /**
   * A support case's challenge names the case (V13), a policy change's the policy change (V21), a
   * custody change's and a root ceremony's theirs (V45), others the change.
   */
  private static String subjectColumn(Purpose purpose) {
    return switch (purpose) {
      case CASE_APPROVAL -> "case_id";
      case POLICY_APPROVAL -> "policy_change_id";
      case CUSTODY_APPROVAL -> "custody_change_id";
      case ROOT_CEREMONY -> "root_ceremony_id";
      case ROLE_APPROVAL -> "role_request_id";
      default -> "change_id";
    };
  }
}
