package dev.trustportal.portal.change.internal;

import dev.trustportal.portal.change.AlreadyApprovedException;
import dev.trustportal.portal.change.ChangeApproval;
import dev.trustportal.portal.change.ChangeRequest;
import dev.trustportal.portal.change.ChangeRequests;
import dev.trustportal.portal.change.ChangeState;
import dev.trustportal.portal.change.ChangeType;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.internal.UniqueViolation;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Change requests, approvals and approval policies in PostgreSQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaChangeRequests implements ChangeRequests {

  private static final String ORGANISATION_ID = "(select id from organisation where name = ?1)";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void store(ChangeRequest request) {
    em.persist(request);
    em.flush();
  }

  @Override
  public Optional<ChangeRequest> find(long id) {
    return Optional.ofNullable(em.find(ChangeRequest.class, id));
  }

  @Override
  public List<ChangeRequest> page(Organisation organisation, Optional<Repository> repository,
      Optional<ChangeState> state, PageRequest request) {
    return filtered("select c", " order by c.id desc", ChangeRequest.class, organisation, repository, state)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long count(Organisation organisation, Optional<Repository> repository, Optional<ChangeState> state) {
    return filtered("select count(c)", "", Long.class, organisation, repository, state).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(String select, String order, Class<T> type, Organisation organisation,
      Optional<Repository> repository, Optional<ChangeState> state) {
    String where = " from ChangeRequest c where c.organisation = :organisation"
        + repository.map(r -> " and c.repository = :repository").orElse("")
        + state.map(s -> " and c.state = :state").orElse("");
    TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("organisation", organisation);
    repository.ifPresent(r -> query.setParameter("repository", r));
    state.ifPresent(s -> query.setParameter("state", s));
    return query;
  }

  @Override
  public void storeApproval(ChangeApproval approval) {
    try {
      em.persist(approval);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCausedBy(e)) {
        throw new AlreadyApprovedException(approval.changeId(), approval.approver());
      }
      throw e;
    }
  }

  @Override
  public int approvals(long changeId) {
    return em.createQuery("select count(a) from ChangeApproval a where a.changeId = :id", Long.class)
        .setParameter("id", changeId)
        .getSingleResult()
        .intValue();
  }

  @Override
  public boolean approvedBy(long changeId, String approver) {
    return em.createQuery(
            "select count(a) from ChangeApproval a where a.changeId = :id and a.approver = :approver", Long.class)
        .setParameter("id", changeId)
        .setParameter("approver", approver)
        .getSingleResult() > 0;
  }

  @Override
  public int approvalsNeeded(Organisation organisation, ChangeType type) {
    List<?> rows = em.createNativeQuery(
            "select approvals from approval_policy where organisation_id = " + ORGANISATION_ID + " and change_type = ?2")
        .setParameter(1, organisation.name().value())
        .setParameter(2, type.name())
        .getResultList();
    return rows.isEmpty()
        ? type.defaultApprovals()
        : Math.max(type.minimumApprovals(), ((Number) rows.get(0)).intValue());
  }

  @Override
  public void setApprovalsNeeded(Organisation organisation, ChangeType type, int approvals) {
    em.createNativeQuery("insert into approval_policy (organisation_id, change_type, approvals) values (" + ORGANISATION_ID
            + ", ?2, ?3)"
            + " on conflict (organisation_id, change_type) do update set approvals = excluded.approvals")
        .setParameter(1, organisation.name().value())
        .setParameter(2, type.name())
        .setParameter(3, approvals)
        .executeUpdate();
  }
}
