package dev.trustportal.portal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Verifies local accounts for the web tier's identity store. */
@Stateless
public class AccountService {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Accounts accounts;
  @Inject PasswordHasher hasher;

  /**
   * Checks a username and password.
   *
   * @return the caller and its roles, or empty when the account does not exist or the password is
   *     wrong (deliberately indistinguishable to the caller)
   */
  @PermitAll
  public Optional<Caller> verify(String username, char[] password) {
    if (username == null || username.isBlank() || password == null) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.find(username);
    if (account.isEmpty()) {
      hasher.verifyNothing(password);
      return Optional.empty();
    }
    return account
        .filter(a -> hasher.verify(password, a.passwordHash()))
        .map(a -> new Caller(a.username(), a.roles()));
  }
}
