package dev.trustportal.portal.identity;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts: verification for the web tier's identity store; creation, listing, changing and
 * disabling by platform admins; a person's own account and password. Accounts are disabled, never
 * erased: the audit history names them.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class AccountService {

  /**
   * NIST SP 800-63B §5.1.1.2 asks for at least 8; 12 leaves room for passphrases to be the norm.
   */
  public static final int MIN_PASSWORD_LENGTH = 12;

  /** Longer passwords only cost hashing time; PBKDF2 gains nothing from them. */
  public static final int MAX_PASSWORD_LENGTH = 256;

  public static final int MAX_DISPLAY_NAME_LENGTH = 255;

  /** RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, an address so at most 254. */
  public static final int MAX_EMAIL_LENGTH = 254;

  // Deliberately loose: one @, something on each side, a dot in the domain; the mail server decides
  // the rest.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  // Field injection: EJBs need a no-argument constructor.
  @Inject Accounts accounts;
  @Inject PasswordHasher hasher;
  @Inject VerifiedPasswords verified;
  @Inject Clock clock;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject AccountOrigin origin;
  @Inject PlatformRoleGrants grants;
  @Inject PlatformRoleGranting granting;

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
    if (!account.get().hasPassword() || account.get().isDisabled()) {
      // Signs in through the identity provider only, or not at all; the same cost as a wrong
      // password.
      hasher.verifyNothing(password);
      return Optional.empty();
    }
    return account
        .filter(a -> passwordMatches(a, password))
        .map(a -> new Caller(a.username(), a.roles()));
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
   * @throws AccountsFromIdentityProviderException if single sign-on is configured
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public AccountSummary createAccount(CreateAccount command) {
    if (origin.identityProvider()) {
      throw new AccountsFromIdentityProviderException();
    }
    Username username = new Username(command.username());
    String displayName = displayName(command.displayName());
    char[] password = checkedPassword(command.password());
    if (accounts.find(username.value()).isPresent()) {
      throw new DuplicateUsernameException(username.value());
    }
    String email = email(command.email());
    Account account =
        new Account(
            username.value(), hasher.hash(password), displayName, Set.of(), clock.instant());
    account.changeEmail(email);
    accounts.store(account);
    return AccountSummary.of(account);
  }

  /** An account, for platform admins. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public AccountSummary find(String username) {
    return AccountSummary.of(existing(username));
  }

  /** The caller's own account. */
  @PermitAll
  public AccountSummary me() {
    return AccountSummary.of(existing(caller.username()));
  }

  /**
   * Changes the caller's password, given the current one; the new one follows the same rules as at
   * creation. Recorded in the platform's audit chain, both ways.
   *
   * @throws NoLocalPasswordException if the account signs in through the identity provider only
   * @throws WrongPasswordException if {@code current} is not the account's password
   * @throws WeakPasswordException if the new password breaks the length rules
   */
  @PermitAll
  public void changePassword(String current, String replacement) {
    Account account = existing(caller.username());
    if (!account.hasPassword()) {
      throw new NoLocalPasswordException(account.username());
    }
    if (current == null || !hasher.verify(current.toCharArray(), account.passwordHash())) {
      audit.recordIndependently(
          AuditRecord.platform(
              account.username(),
              "account.password_changed",
              account.username(),
              Outcome.FAILED,
              "The current password given was wrong."));
      throw new WrongPasswordException();
    }
    account.changePasswordHash(hasher.hash(checkedPassword(replacement)));
    // The caller's own session goes on: the web tier renews its sign-in time (SessionEnd).
    account.endSessionsBefore(clock.instant());
    audit.record(
        AuditRecord.platform(
            account.username(),
            "account.password_changed",
            account.username(),
            Outcome.SUCCEEDED,
            null));
  }

  /**
   * Changes an account's display name, email or platform roles. A platform admin cannot withdraw
   * their own platform-admin role, so that the platform is never left without one by accident. A
   * new platform role is filed for another platform admin's approval ({@link
   * #waitingRoleRequests}).
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public AccountSummary update(String username, UpdateAccount command) {
    Account account = existing(username);
    Optional<String> displayName = command.displayName().map(AccountService::displayName);
    Optional<String> email = command.email().map(AccountService::email);
    Optional<Set<String>> roles = command.roles().map(AccountService::platformRoles);
    if (roles.isPresent()
        && account.username().equals(caller.username())
        && !roles.get().contains(Roles.PLATFORM_ADMIN)) {
      throw new SelfLockoutException(account.username(), "withdraw the platform-admin role of");
    }
    displayName.ifPresent(account::changeDisplayName);
    email.ifPresent(account::changeEmail);
    roles.ifPresent(wanted -> changeRoles(account, wanted));
    command
        .disabled()
        .ifPresent(
            disabled -> {
              if (disabled) {
                disable(account);
              } else if (account.isDisabled()) {
                account.enable();
                audit.record(
                    AuditRecord.platform(
                        caller.username(),
                        "account.enabled",
                        account.username(),
                        Outcome.SUCCEEDED,
                        "It may sign in again."));
              }
            });
    audit.record(
        AuditRecord.platform(
            caller.username(),
            "account.changed",
            account.username(),
            Outcome.SUCCEEDED,
            "Display name "
                + account.displayName()
                + ", email "
                + account.email()
                + ", platform roles "
                + account.roles()
                + "."));
    return AccountSummary.of(account);
  }

  /**
   * Changes the roles: a withdrawn role goes at once; a new one is asked for (see {@link
   * PlatformRoleGranting}): another platform admin approves it with a security key before it is
   * given.
   */
  private void changeRoles(Account account, Set<String> wanted) {
    Set<String> before = Set.copyOf(account.roles());
    Set<String> kept = new java.util.HashSet<>(before);
    kept.retainAll(wanted);
    if (!kept.equals(before)) {
      account.changeRoles(kept);
      // A session keeps the groups it signed in with: it ends, and the next sign-in has the new
      // ones.
      account.endSessionsBefore(clock.instant());
      for (String role : Roles.PLATFORM) {
        if (before.contains(role) && !kept.contains(role)) {
          grants.withdrawn(account.username(), role);
          audit.record(
              AuditRecord.platform(
                  caller.username(),
                  "platform_role.withdrawn",
                  account.username(),
                  Outcome.SUCCEEDED,
                  "Platform role '" + role + "' withdrawn from " + account.username() + "."));
        }
      }
    }
    for (String role : Roles.PLATFORM) {
      if (wanted.contains(role) && !before.contains(role)) {
        granting.ask(account, role);
      }
    }
  }

  /** The platform roles asked for the account that wait for another platform admin's approval. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public java.util.List<PlatformRoleRequest> waitingRoleRequests(String username) {
    return granting.waiting(username);
  }

  /**
   * Disables an account: it signs in no more, by password, API token or single sign-on. It is kept,
   * with its memberships and its history. Disabling a disabled account changes nothing.
   *
   * @throws SelfLockoutException if a platform admin tries it on their own account
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public AccountSummary disable(String username) {
    Account account = existing(username);
    disable(account);
    return AccountSummary.of(account);
  }

  private void disable(Account account) {
    if (account.username().equals(caller.username())) {
      throw new SelfLockoutException(account.username(), "disable");
    }
    if (!account.isDisabled()) {
      account.disable(clock.instant());
      account.endSessionsBefore(clock.instant());
      audit.record(
          AuditRecord.platform(
              caller.username(),
              "account.disabled",
              account.username(),
              Outcome.SUCCEEDED,
              "It signs in no more; its history and memberships are kept."));
    }
  }

  /**
   * Whether a session of the account that began at {@code signedInAt} still counts: the account is
   * enabled, and nothing ended its sessions since (see {@link Account#endSessionsBefore}). A caller
   * with no account of the portal has nothing that could end it.
   */
  @PermitAll
  public boolean sessionStillValid(String username, Instant signedInAt) {
    return accounts
        .find(username)
        .map(
            account ->
                !account.isDisabled()
                    && account
                        .sessionsValidAfter()
                        .map(after -> !signedInAt.isBefore(after))
                        .orElse(true))
        .orElse(true);
  }

  /** Whether the account exists and may sign in: false for a disabled one. */
  @PermitAll
  public boolean mayUse(String username) {
    return accounts.find(username).map(a -> !a.isDisabled()).orElse(false);
  }

  private Account existing(String username) {
    return accounts
        .find(username == null ? "" : username)
        .orElseThrow(() -> new AccountNotFoundException(username));
  }

  private static Set<String> platformRoles(Set<String> roles) {
    for (String role : roles) {
      if (!Roles.PLATFORM.contains(role)) {
        throw new InvalidPlatformRoleException(role);
      }
    }
    return roles;
  }

  /** Blank means none. */
  private static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String trimmed = email.strip();
    if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
      throw new InvalidEmailException(trimmed);
    }
    return trimmed;
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
