package dev.trustportal.portal.approval.internal;

import dev.trustportal.portal.approval.PolicyChange;
import dev.trustportal.portal.approval.PolicyChangeAlreadyApprovedException;
import dev.trustportal.portal.approval.PolicyChangeState;
import dev.trustportal.portal.approval.PolicyChanges;
import dev.trustportal.portal.approval.PolicyProposal;
import dev.trustportal.portal.common.internal.UniqueViolation;
import dev.trustportal.portal.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Policy changes in PostgreSQL (V21), read with native queries into records; the caller's
 * transaction.
 */
@ApplicationScoped
class JpaPolicyChanges implements PolicyChanges {

  private static final String COLUMNS =
      "select p.id, o.name, p.state, p.requested_by, p.filed_at, p.proposal, p.digest,"
          + " p.approvals_needed, p.reason from policy_change p join organisation o on o.id ="
          + " p.organisation_id";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public long file(
      Organisation organisation,
      String requestedBy,
      Instant filedAt,
      PolicyProposal proposal,
      String digest,
      int approvalsNeeded) {
    long id =
        ((Number) em.createNativeQuery("select nextval('policy_change_id_seq')").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into policy_change (id, organisation_id, requested_by, filed_at, state,"
                + " proposal, digest, approvals_needed) values (?7, (select id from organisation"
                + " where name = ?1), ?2, ?3, 'FILED', ?4, ?5, ?6)")
        .setParameter(1, organisation.name().value())
        .setParameter(2, requestedBy)
        .setParameter(3, filedAt)
        .setParameter(4, proposal.json())
        .setParameter(5, digest)
        .setParameter(6, approvalsNeeded)
        .setParameter(7, id)
        .executeUpdate();
    return id;
  }

  @Override
  public Optional<PolicyChange> find(long id, boolean lock) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " where p.id = ?1" + (lock ? " for update of p" : ""))
            .setParameter(1, id)
            .getResultList();
    return rows.stream().map(row -> change((Object[]) row)).findFirst();
  }

  @Override
  public List<PolicyChange> pending(Organisation organisation) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " where o.name = ?1 and p.state = 'FILED' order by p.id")
            .setParameter(1, organisation.name().value())
            .getResultList();
    return rows.stream().map(row -> change((Object[]) row)).toList();
  }

  @Override
  public void storeApproval(long id, String approver, long securityKeyId, Instant at) {
    try {
      em.createNativeQuery(
              "insert into policy_change_approval (policy_change_id, approver, security_key_id,"
                  + " approved_at) values (?1, ?2, ?3, ?4)")
          .setParameter(1, id)
          .setParameter(2, approver)
          .setParameter(3, securityKeyId)
          .setParameter(4, at)
          .executeUpdate();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCausedBy(e)) {
        throw new PolicyChangeAlreadyApprovedException(id, approver);
      }
      throw e;
    }
  }

  @Override
  public void decide(long id, PolicyChangeState state, Instant at, String reason) {
    em.createNativeQuery(
            "update policy_change set state = ?2, decided_at = ?3, reason = ?4 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, state.name())
        .setParameter(3, at)
        .setParameter(4, reason)
        .executeUpdate();
  }

  private PolicyChange change(Object[] row) {
    long id = ((Number) row[0]).longValue();
    @SuppressWarnings("unchecked")
    List<String> approvers =
        em.createNativeQuery(
                "select approver from policy_change_approval where"
                    + " policy_change_id = ?1 order by approved_at, approver")
            .setParameter(1, id)
            .getResultList();
    return new PolicyChange(
        id,
        (String) row[1],
        PolicyChangeState.valueOf((String) row[2]),
        (String) row[3],
        instant(row[4]),
        PolicyProposal.fromJson((String) row[5]),
        (String) row[6],
        ((Number) row[7]).intValue(),
        approvers,
        Optional.ofNullable((String) row[8]));
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
