package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.PageRequest;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of local accounts; paging happens in the database. */
public interface Accounts {

  Optional<Account> find(String username);

  /**
   * Stores a new account and flushes it, so that a unique-name violation surfaces here.
   *
   * @throws DuplicateUsernameException if the database already holds the username
   */
  void store(Account account);

  /** The accounts of one page, ordered by username. */
  List<Account> page(PageRequest request);

  long count();
}
