package dev.trustportal.portal.signerrequest.internal;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.signerrequest.SignerRequest;
import dev.trustportal.portal.signerrequest.SignerRequestState;
import dev.trustportal.portal.signerrequest.SignerRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Signer requests in PostgreSQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaSignerRequests implements SignerRequests {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public void store(SignerRequest request) {
    em.persist(request);
    em.flush();
  }

  @Override
  public Optional<SignerRequest> find(long id) {
    return Optional.ofNullable(em.find(SignerRequest.class, id));
  }

  @Override
  public List<SignerRequest> page(
      Organisation organisation,
      Optional<SignerRequestState> state,
      TokenReach reach,
      PageRequest request) {
    return filtered(
            "select r", " order by r.id desc", SignerRequest.class, organisation, state, reach)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long count(
      Organisation organisation, Optional<SignerRequestState> state, TokenReach reach) {
    return filtered("select count(r)", "", Long.class, organisation, state, reach)
        .getSingleResult();
  }

  @Override
  public Optional<SignerRequest> pendingFor(Repository repository, String signerName) {
    return em.createQuery(
            "select r from SignerRequest r where r.repository = :repository"
                + " and r.signerName = :name and r.state = :state order by r.id",
            SignerRequest.class)
        .setParameter("repository", repository)
        .setParameter("name", signerName)
        .setParameter("state", SignerRequestState.PENDING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private <T> TypedQuery<T> filtered(
      String select,
      String order,
      Class<T> type,
      Organisation organisation,
      Optional<SignerRequestState> state,
      TokenReach reach) {
    String where =
        " from SignerRequest r where r.organisation = :organisation"
            + state.map(s -> " and r.state = :state").orElse("")
            + reach.where("r");
    TypedQuery<T> query =
        em.createQuery(select + where + order, type).setParameter("organisation", organisation);
    state.ifPresent(s -> query.setParameter("state", s));
    return reach.bind(query);
  }

  @Override
  public List<SignerRequest> pageOf(String requester, TokenReach reach, PageRequest request) {
    return reach
        .bind(
            em.createQuery(
                "select r from SignerRequest r where r.requestedBy = :requester"
                    + reach.where("r")
                    + " order by r.id desc",
                SignerRequest.class))
        .setParameter("requester", requester)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long countOf(String requester, TokenReach reach) {
    return reach
        .bind(
            em.createQuery(
                "select count(r) from SignerRequest r where r.requestedBy = :requester"
                    + reach.where("r"),
                Long.class))
        .setParameter("requester", requester)
        .getSingleResult();
  }
}
