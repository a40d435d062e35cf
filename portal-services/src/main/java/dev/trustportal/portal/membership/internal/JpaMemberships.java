package dev.trustportal.portal.membership.internal;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.internal.UniqueViolation;
import dev.trustportal.portal.membership.AlreadyMemberException;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.Membership;
import dev.trustportal.portal.membership.Memberships;
import dev.trustportal.portal.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Memberships in PostgreSQL through JPA; runs in the transaction of the calling service. */
@ApplicationScoped
class JpaMemberships implements Memberships {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<Membership> find(Organisation organisation, String username) {
    return em.createQuery(
            "select m from Membership m where m.organisation = :org and m.username = :username",
            Membership.class)
        .setParameter("org", organisation)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Membership membership) {
    try {
      em.persist(membership);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCausedBy(e)) {
        throw new AlreadyMemberException(membership.organisationName(), membership.username());
      }
      throw e;
    }
  }

  @Override
  public void remove(Membership membership) {
    em.remove(membership);
    em.flush();
  }

  @Override
  public List<Membership> grantedByClaim(String username) {
    return em.createQuery(
            "select m from Membership m join fetch m.organisation"
                + " where m.username = :username and m.grantedByClaim = true",
            Membership.class)
        .setParameter("username", username)
        .getResultList();
  }

  @Override
  public List<Membership> page(Organisation organisation, PageRequest request) {
    return em.createQuery(
            "select m from Membership m where m.organisation = :org order by m.username",
            Membership.class)
        .setParameter("org", organisation)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long count(Organisation organisation) {
    return em.createQuery(
            "select count(m) from Membership m where m.organisation = :org", Long.class)
        .setParameter("org", organisation)
        .getSingleResult();
  }

  @Override
  public List<String> organisationsOf(String username, Set<MemberRole> roles, PageRequest request) {
    return em.createQuery(
            "select o.name from Membership m join m.organisation o"
                + " where m.username = :username and m.role in :roles order by o.name",
            String.class)
        .setParameter("username", username)
        .setParameter("roles", roles)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long lockAndCountOwners(Organisation organisation) {
    em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
    return countOwners(organisation);
  }

  @Override
  public long countOwners(Organisation organisation) {
    return em.createQuery(
            "select count(m) from Membership m where m.organisation = :org and m.role = :owner",
            Long.class)
        .setParameter("org", organisation)
        .setParameter("owner", MemberRole.OWNER)
        .getSingleResult();
  }

  @Override
  public List<String> colleaguesNotIn(
      String username, Organisation organisation, String prefix, int limit) {
    String literal =
        prefix
            .toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return em.createQuery(
            "select distinct m.username from Membership m where m.organisation in (select"
                + " mine.organisation from Membership mine where mine.username = :me) and"
                + " lower(m.username) like :prefix escape '\\' and m.username not in (select"
                + " t.username from Membership t where t.organisation = :org) order by m.username",
            String.class)
        .setParameter("me", username)
        .setParameter("prefix", literal + "%")
        .setParameter("org", organisation)
        .setMaxResults(limit)
        .getResultList();
  }
}
