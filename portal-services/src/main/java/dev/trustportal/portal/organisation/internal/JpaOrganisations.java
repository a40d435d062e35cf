package dev.trustportal.portal.organisation.internal;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.UniqueViolation;
import dev.trustportal.portal.organisation.DuplicateOrganisationException;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** Organisations in PostgreSQL through JPA; runs in the transaction of the calling service. */
@ApplicationScoped
class JpaOrganisations implements Organisations {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<Organisation> find(OrganisationName name) {
    return em.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
        .setParameter("name", name.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Organisation organisation) {
    try {
      // With IDENTITY ids the insert may already run in persist(); flush covers the other case.
      em.persist(organisation);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCausedBy(e)) {
        throw new DuplicateOrganisationException(organisation.name());
      }
      throw e;
    }
  }

  @Override
  public List<Organisation> page(PageRequest request) {
    return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
  }
}
