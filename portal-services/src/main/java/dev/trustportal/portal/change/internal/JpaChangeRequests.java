package dev.trustportal.portal.change.internal;

import dev.trustportal.portal.change.AlreadyApprovedException;
import dev.trustportal.portal.change.ChangeApproval;
import dev.trustportal.portal.change.ChangeRequest;
import dev.trustportal.portal.change.ChangeRequests;
import dev.trustportal.portal.change.ChangeState;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.internal.UniqueViolation;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Change requests and their approvals in PostgreSQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaChangeRequests implements ChangeRequests {

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
  public List<ChangeRequest> withDroppedTags(Repository repository) {
    return em.createQuery(
            "select c from ChangeRequest c where c.repository = :repository and c.droppedTags is"
                + " not null and c.state = :published order by c.id desc",
            ChangeRequest.class)
        .setParameter("repository", repository)
        .setParameter("published", ChangeState.PUBLISHED)
        .setMaxResults(20)
        .getResultList();
  }

  @Override
  public List<ChangeRequest> page(
      Organisation organisation,
      Optional<Repository> repository,
      Optional<ChangeState> state,
      PageRequest request) {
    return page(organisation, repository, state, TokenReach.EVERYTHING, request);
  }

  @Override
  public List<ChangeRequest> page(
      Organisation organisation,
      Optional<Repository> repository,
      Optional<ChangeState> state,
      TokenReach reach,
      PageRequest request) {
    return filtered(
            "select c",
            " order by c.id desc",
            ChangeRequest.class,
            organisation,
            repository,
            state,
            reach)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long count(
      Organisation organisation, Optional<Repository> repository, Optional<ChangeState> state) {
    return count(organisation, repository, state, TokenReach.EVERYTHING);
  }

  @Override
  public long count(
      Organisation organisation,
      Optional<Repository> repository,
      Optional<ChangeState> state,
      TokenReach reach) {
    return filtered("select count(c)", "", Long.class, organisation, repository, state, reach)
        .getSingleResult();
  }

  @Override
  public long count(Organisation organisation, Set<ChangeState> states, TokenReach reach) {
    TypedQuery<Long> query =
        em.createQuery(
                "select count(c) from ChangeRequest c where c.organisation = :organisation"
                    + " and c.state in :states"
                    + reach.where("c"),
                Long.class)
            .setParameter("organisation", organisation)
            .setParameter("states", states);
    return reach.bind(query).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select,
      String order,
      Class<T> type,
      Organisation organisation,
      Optional<Repository> repository,
      Optional<ChangeState> state,
      TokenReach reach) {
    String where =
        " from ChangeRequest c where c.organisation = :organisation"
            + repository.map(r -> " and c.repository = :repository").orElse("")
            + state.map(s -> " and c.state = :state").orElse("")
            + reach.where("c");
    TypedQuery<T> query =
        em.createQuery(select + where + order, type).setParameter("organisation", organisation);
    repository.ifPresent(r -> query.setParameter("repository", r));
    state.ifPresent(s -> query.setParameter("state", s));
    return reach.bind(query);
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
    return em.createQuery(
            "select count(a) from ChangeApproval a where a.changeId = :id", Long.class)
        .setParameter("id", changeId)
        .getSingleResult()
        .intValue();
  }

  @Override
  public boolean approvedBy(long changeId, String approver) {
    return em.createQuery(
                "select count(a) from ChangeApproval a where a.changeId = :id and a.approver ="
                    + " :approver",
                Long.class)
            .setParameter("id", changeId)
            .setParameter("approver", approver)
            .getSingleResult()
        > 0;
  }

  @Override
  public Optional<ChangeRequest> pendingWithDigest(Repository repository, String digest) {
    // One parameter per state: Hibernate translates a query with a list parameter anew on every
    // call (it was the costliest step of filing a change in the profile); this one it caches.
    return em.createQuery(
            "select c from ChangeRequest c where c.repository = :repository and c.digest = :digest"
                + " and c.state in (:filed, :approved, :publishing) order by c.id",
            ChangeRequest.class)
        .setParameter("repository", repository)
        .setParameter("digest", digest)
        .setParameter("filed", ChangeState.FILED)
        .setParameter("approved", ChangeState.APPROVED)
        .setParameter("publishing", ChangeState.PUBLISHING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
