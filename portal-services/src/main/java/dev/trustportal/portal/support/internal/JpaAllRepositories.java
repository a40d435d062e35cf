package dev.trustportal.portal.support.internal;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.repository.Repository;
import dev.trustportal.portal.support.AllRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Every organisation's repositories in PostgreSQL through JPA; runs in the caller's transaction.
 */
@ApplicationScoped
class JpaAllRepositories implements AllRepositories {

  private static final String MATCHING = " from Repository r where r.gun like :pattern escape '\\'";

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public List<Repository> page(String gunPart, PageRequest request) {
    return matching(
            em.createQuery("select r" + MATCHING + " order by r.gun", Repository.class), gunPart)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long count(String gunPart) {
    return matching(em.createQuery("select count(r)" + MATCHING, Long.class), gunPart)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> matching(TypedQuery<T> query, String gunPart) {
    return query.setParameter("pattern", containing(gunPart));
  }

  /** A LIKE pattern that matches the text literally: its own %, _ and \ are escaped. */
  static String containing(String text) {
    String literal =
        text == null ? "" : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + literal + "%";
  }
}
