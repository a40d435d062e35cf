package dev.trustportal.portal.identity;

import java.util.Optional;

/** The persistence gateway of local accounts. */
public interface Accounts {

  Optional<Account> find(String username);

  void store(Account account);
}
