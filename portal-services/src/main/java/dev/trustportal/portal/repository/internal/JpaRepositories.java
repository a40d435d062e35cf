package dev.trustportal.portal.repository.internal;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.internal.UniqueViolation;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.DuplicateRepositoryException;
import dev.trustportal.portal.repository.Repositories;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.repository.RepositoryName;
import dev.trustportal.portal.repository.RepositorySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Repositories in PostgreSQL through JPA; runs in the transaction of the calling service. */
@ApplicationScoped
class JpaRepositories implements Repositories {

  private static final String SUMMARY =
      "select r.name, r.gun, r.createdAt, r.pendingChangeId, r.divergedFinding,"
          + " r.pendingCeremonyId";
  private static final String OF_ORGANISATION =
      " from Repository r where r.organisation = :organisation and r.name like :pattern escape"
          + " '\\'";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<Repository> find(Organisation organisation, RepositoryName name) {
    return em.createQuery(
            "select r from Repository r where r.organisation = :organisation and r.name = :name",
            Repository.class)
        .setParameter("organisation", organisation)
        .setParameter("name", name.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Repository repository) {
    try {
      em.persist(repository);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCausedBy(e)) {
        throw new DuplicateRepositoryException(
            repository.organisation().name().value(), repository.name());
      }
      throw e;
    }
  }

  /**
   * The columns of the summary only, not entities: a page of 50 then costs no entity instances, no
   * snapshots for the dirty check at commit and no re-validation of names that were valid when
   * stored.
   */
  @Override
  public List<RepositorySummary> page(
      Organisation organisation, String filter, PageRequest request) {
    String organisationName = organisation.name().value();
    return filtered(
            em.createQuery(SUMMARY + OF_ORGANISATION + " order by r.name", Object[].class),
            organisation,
            filter)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultStream()
        .map(
            row ->
                new RepositorySummary(
                    organisationName,
                    (String) row[0],
                    (String) row[1],
                    (Instant) row[2],
                    (Long) row[3],
                    (String) row[4],
                    (Long) row[5]))
        .toList();
  }

  @Override
  public boolean holds(Gun gun) {
    return !em.createQuery("select r.id from Repository r where r.gun = :gun", Long.class)
        .setParameter("gun", gun.value())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Repository> byGun(Gun gun) {
    return em.createQuery("select r from Repository r where r.gun = :gun", Repository.class)
        .setParameter("gun", gun.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean awaitsInitialisation(Gun gun) {
    return !em.createQuery(
            "select r.id from Repository r where r.gun = :gun and (r.pendingChangeId is not null"
                + " or r.pendingCeremonyId is not null)",
            Long.class)
        .setParameter("gun", gun.value())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long count(Organisation organisation, String filter) {
    if (filter == null || filter.isEmpty()) {
      return counted(organisation);
    }
    return filtered(
            em.createQuery("select count(r)" + OF_ORGANISATION, Long.class), organisation, filter)
        .getSingleResult();
  }

  /**
   * The count the database keeps (V12); this transaction's own uncommitted creations are not in it
   * yet.
   */
  private long counted(Organisation organisation) {
    List<?> rows =
        em.createNativeQuery(
                "select repositories from organisation_repository_count where organisation_id = ?1")
            .setParameter(
                1,
                em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(organisation))
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }

  private static <T> TypedQuery<T> filtered(
      TypedQuery<T> query, Organisation organisation, String filter) {
    return query
        .setParameter("organisation", organisation)
        .setParameter("pattern", containing(filter));
  }

  /** A LIKE pattern that matches the filter literally: its own % and _ are escaped. */
  static String containing(String filter) {
    String literal =
        filter == null ? "" : filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + literal + "%";
  }
}
