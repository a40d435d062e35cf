package dev.trustportal.portal.identity.internal;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.internal.UniqueViolation;
import dev.trustportal.portal.identity.Account;
import dev.trustportal.portal.identity.Accounts;
import dev.trustportal.portal.identity.DuplicateUsernameException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** Accounts in PostgreSQL through JPA; runs in the transaction of the calling bean. */
@ApplicationScoped
class JpaAccounts implements Accounts {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /**
   * With its roles in the same statement: every API call signs its caller in through here, and the
   * eager roles would otherwise cost a second query each time.
   */
  @Override
  public Optional<Account> find(String username) {
    return em
        .createQuery(
            "select a from Account a left join fetch a.roles where a.username = :username",
            Account.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void store(Account account) {
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCausedBy(e)) {
        throw new DuplicateUsernameException(account.username());
      }
      throw e;
    }
  }

  @Override
  public List<Account> page(PageRequest request) {
    return em.createQuery("select a from Account a order by a.username", Account.class)
        .setFirstResult(request.offset())
        .setMaxResults(request.size())
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }
}
