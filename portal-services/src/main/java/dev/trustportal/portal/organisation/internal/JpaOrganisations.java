package dev.trustportal.portal.organisation.internal;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.internal.UniqueViolation;
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

/**
 * Organisations in PostgreSQL through JPA; runs in the transaction of the calling service. The
 * member queries name the Membership entity only in JPQL, so this package does not depend on the
 * membership package (which depends on this one's entity).
 */
@ApplicationScoped
class JpaOrganisations implements Organisations {

  private static final String IS_MEMBER =
      " exists (select m from Membership m where m.organisation = o and m.username = :username)";

  private static final String NAME_CONTAINS = " and lower(o.name) like :part escape '\\'";

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

  @Override
  public Optional<Organisation> findForMember(OrganisationName name, String username) {
    return em.createQuery(
            "select o from Organisation o where o.name = :name and" + IS_MEMBER, Organisation.class)
        .setParameter("name", name.value())
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organisation> pageOfMember(String username, PageRequest request) {
    return em.createQuery(
            "select o from Organisation o where" + IS_MEMBER + " order by o.name",
            Organisation.class)
        .setParameter("username", username)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public List<Organisation> pageOfMember(String username, String part, PageRequest request) {
    return em.createQuery(
            "select o from Organisation o where" + IS_MEMBER + NAME_CONTAINS + " order by o.name",
            Organisation.class)
        .setParameter("username", username)
        .setParameter("part", likePattern(part))
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long countOfMember(String username, String part) {
    return em.createQuery(
            "select count(o) from Organisation o where" + IS_MEMBER + NAME_CONTAINS, Long.class)
        .setParameter("username", username)
        .setParameter("part", likePattern(part))
        .getSingleResult();
  }

  /** The typed text matched literally: LIKE's wildcards and the escape character are escaped. */
  private static String likePattern(String part) {
    String literal =
        part.toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + literal + "%";
  }

  @Override
  public long countOfMember(String username) {
    return em.createQuery("select count(o) from Organisation o where" + IS_MEMBER, Long.class)
        .setParameter("username", username)
        .getSingleResult();
  }
}
