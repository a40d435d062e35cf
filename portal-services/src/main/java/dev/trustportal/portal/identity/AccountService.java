package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** Local accounts: verification for the web tier's identity store, creation and listing by admins. */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class AccountService {

  /** NIST SP 800-63B §5.1.1.2 asks for at least 8; 12 leaves room for passphrases to be the norm. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  /** Longer passwords only cost hashing time; PBKDF2 gains nothing from them. */
  public static final int MAX_PASSWORD_LENGTH = 256;

  public static final int MAX_DISPLAY_NAME_LENGTH = 255;

  // Field injection: EJBs need a no-argument constructor.
  @Inject Accounts accounts;
  @Inject PasswordHasher hasher;
  @Inject VerifiedPasswords verified;
  @Inject Clock clock;

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
    if (!account.get().hasPassword()) {
      // Signs in through the identity provider only; the same cost as a wrong password.
      hasher.verifyNothing(password);
      return Optional.empty();
    }
    return account.filter(a -> passwordMatches(a, password)).map(a -> new Caller(a.username(), a.roles()));
  }

  private boolean passwordMatches(Account account, char[] password) {
    if (verified.recentlyVerified(account.username(), account.passwordHash(), password)) {
      return true;
    }
    boolean matches = hasher.verify(password, account.passwordHash());
    if (matches) {
      verified.remember(account.username(), account.passwordHash(), password);
    }
    return matches;
  }

  /**
   * Creates an account without any platform role; what the person may do comes from memberships.
   *
   * @throws InvalidUsernameException if the username does not match the accepted pattern
   * @throws WeakPasswordException if the password is shorter than {@value #MIN_PASSWORD_LENGTH}
   * @throws DuplicateUsernameException if the username is taken (also by a concurrent request)
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public AccountSummary createAccount(CreateAccount command) {
    Username username = new Username(command.username());
    String displayName = displayName(command.displayName());
    char[] password = checkedPassword(command.password());
    if (accounts.find(username.value()).isPresent()) {
      throw new DuplicateUsernameException(username.value());
    }
    Account account =
        new Account(username.value(), hasher.hash(password), displayName, Set.of(), clock.instant());
    accounts.store(account);
    return AccountSummary.of(account);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public Page<AccountSummary> list(PageRequest request) {
    var items = accounts.page(request).stream().map(AccountSummary::of).toList();
    return new Page<>(items, request.page(), request.size(), accounts.count());
  }

  private static char[] checkedPassword(String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
      throw new WeakPasswordException(length);
    }
    return password.toCharArray();
  }

  /** Blank means none; surrounding whitespace is not part of a name. */
  private static String displayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return null;
    }
    String trimmed = displayName.strip();
    if (trimmed.length() > MAX_DISPLAY_NAME_LENGTH) {
      throw new InvalidDisplayNameException(trimmed.length());
    }
    return trimmed;
  }
}
