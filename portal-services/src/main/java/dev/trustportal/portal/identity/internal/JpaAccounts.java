package dev.trustportal.portal.identity.internal;

import dev.trustportal.portal.identity.Account;
import dev.trustportal.portal.identity.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Accounts in PostgreSQL through JPA; runs in the transaction of the calling bean. */
@ApplicationScoped
class JpaAccounts implements Accounts {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<Account> find(String username) {
    return em.createQuery("select a from Account a where a.username = :username", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Account account) {
    em.persist(account);
  }
}
