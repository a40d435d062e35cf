package dev.trustportal.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.audit.AuditEntry;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountServiceTest {

  private final InMemoryAccounts stored = new InMemoryAccounts();
  private final AccountService service = new AccountService();

  AccountServiceTest() {
    service.accounts = stored;
    service.hasher = new PasswordHasher();
    service.clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    service.verified = new VerifiedPasswords(service.clock);
    service.origin = AccountOrigin.local();
    service.caller = caller;
    service.grants = grants;
    service.granting = granting;
    granting.requests = requests;
    granting.grants = grants;
    granting.caller = caller;
    granting.clock = service.clock;
    service.audit =
        new AuditLog() {
          @Override
          public AuditEntry record(AuditRecord record) {
            audited.add(record.action() + " " + record.outcome());
            return null;
          }

          @Override
          public AuditEntry recordIndependently(AuditRecord record) {
            return record(record);
          }
        };
    granting.audit = service.audit;
  }

  private final List<String> audited = new ArrayList<>();
  private final PlatformRoleGranting granting = new PlatformRoleGranting();
  private final InMemoryRequests requests = new InMemoryRequests();

  /**
   * Platform role requests kept in memory; whether another platform admin exists is the accounts'
   * say.
   */
  private final class InMemoryRequests implements PlatformRoleRequests {
    private final List<PlatformRoleRequest> filed = new ArrayList<>();

    @Override
    public long file(String username, String role, String requestedBy, Instant at, String digest) {
      long id = filed.size() + 1;
      filed.add(
          new PlatformRoleRequest(
              id,
              username,
              role,
              requestedBy,
              at,
              digest,
              PlatformRoleRequest.State.FILED,
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
      return id;
    }

    @Override
    public Optional<PlatformRoleRequest> find(long id, boolean lock) {
      return filed.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public Optional<PlatformRoleRequest> waiting(String username, String role) {
      return filed.stream()
          .filter(r -> r.username().equals(username) && r.role().equals(role))
          .findFirst();
    }

    @Override
    public List<PlatformRoleRequest> waiting() {
      return List.copyOf(filed);
    }

    @Override
    public void decide(
        long id,
        PlatformRoleRequest.State state,
        String decidedBy,
        Instant at,
        Long keyId,
        String reason) {
      throw new UnsupportedOperationException("decided by the approval capability, not here");
    }

    @Override
    public boolean anotherPlatformAdmin(String username) {
      return stored.accounts.stream()
          .anyMatch(
              a ->
                  !a.username().equals(username)
                      && !a.isDisabled()
                      && a.roles().contains(Roles.PLATFORM_ADMIN));
    }
  }

  private final InMemoryGrants grants = new InMemoryGrants();

  /** When each account got each platform role, kept in memory as the database would. */
  private static final class InMemoryGrants implements PlatformRoleGrants {
    private final java.util.Map<String, Instant> at = new java.util.HashMap<>();

    @Override
    public void granted(String username, String role, String grantedBy, Instant when) {
      at.put(username + " " + role, when);
    }

    @Override
    public void withdrawn(String username, String role) {
      at.remove(username + " " + role);
    }

    @Override
    public java.util.Optional<Instant> grantedAt(String username, String role) {
      return java.util.Optional.ofNullable(at.get(username + " " + role));
    }
  }

  private final Me caller = new Me();

  /** The signed-in caller, as the EJB container would say. */
  private static final class Me extends CallerContext {
    String name = "alice";

    @Override
    public String username() {
      return name;
    }
  }

  @Test
  void aPasswordChangeNeedsTheCurrentPasswordAndKeepsTheRules() {
    service.createAccount(new CreateAccount("alice", "correct horse battery", null));

    assertThatThrownBy(() -> service.changePassword("wrong horse battery", "a new long passphrase"))
        .isInstanceOf(WrongPasswordException.class);
    assertThatThrownBy(() -> service.changePassword("correct horse battery", "short"))
        .isInstanceOf(WeakPasswordException.class);
    service.changePassword("correct horse battery", "a new long passphrase");

    assertThat(service.verify("alice", "a new long passphrase".toCharArray())).isPresent();
    assertThat(service.verify("alice", "correct horse battery".toCharArray())).isEmpty();
    assertThat(audited)
        .containsExactly("account.password_changed FAILED", "account.password_changed SUCCEEDED");
  }

  @Test
  void aDisabledAccountIsKeptButSignsInNoMore() {
    service.createAccount(
        new CreateAccount("bob", "correct horse battery", null, "bob@example.com"));
    assertThat(service.verify("bob", "correct horse battery".toCharArray())).isPresent();

    AccountSummary disabled = service.disable("bob");

    assertThat(disabled.disabled()).isTrue();
    assertThat(disabled.email()).isEqualTo("bob@example.com");
    assertThat(service.verify("bob", "correct horse battery".toCharArray())).isEmpty();
    assertThat(service.mayUse("bob")).isFalse();
    assertThat(service.list(new PageRequest(0, 10)).items())
        .extracting(AccountSummary::username)
        .contains("bob");
  }

  @Test
  void anAdminCannotDisableThemselvesNorDropTheirOwnAdminRole() {
    stored.store(new Account("alice", "hash", Set.of(Roles.PLATFORM_ADMIN), Instant.EPOCH));

    assertThatThrownBy(() -> service.disable("alice")).isInstanceOf(SelfLockoutException.class);
    assertThatThrownBy(
            () ->
                service.update(
                    "alice",
                    new UpdateAccount(Optional.empty(), Optional.empty(), Optional.of(Set.of()))))
        .isInstanceOf(SelfLockoutException.class);
  }

  @Test
  void anEmailMustLookLikeOneAndARoleMustExist() {
    service.createAccount(new CreateAccount("carol", "correct horse battery", null));

    assertThatThrownBy(
            () ->
                service.update(
                    "carol",
                    new UpdateAccount(
                        Optional.empty(), Optional.of("not an address"), Optional.empty())))
        .isInstanceOf(InvalidEmailException.class);
    assertThatThrownBy(
            () ->
                service.update(
                    "carol",
                    new UpdateAccount(
                        Optional.empty(), Optional.empty(), Optional.of(Set.of("OWNER")))))
        .isInstanceOf(InvalidPlatformRoleException.class);
    AccountSummary changed =
        service.update(
            "carol",
            new UpdateAccount(
                Optional.of("Carol"),
                Optional.of("carol@example.com"),
                Optional.of(Set.of(Roles.PLATFORM_ADMIN))));
    assertThat(changed.roles()).containsExactly(Roles.PLATFORM_ADMIN);
    assertThat(changed.displayName()).isEqualTo("Carol");
  }

  @Test
  void aNewPlatformRoleWaitsForAnotherPlatformAdminsApprovalWhileThereIsOne() {
    stored.store(new Account("alice", "hash", Set.of(Roles.PLATFORM_ADMIN), Instant.EPOCH));
    stored.store(new Account("bob", "hash", Set.of(Roles.PLATFORM_ADMIN), Instant.EPOCH));
    service.createAccount(new CreateAccount("mallory", "correct horse battery", null));

    AccountSummary asked =
        service.update(
            "mallory",
            new UpdateAccount(
                Optional.empty(), Optional.empty(), Optional.of(Set.of(Roles.PLATFORM_ADMIN))));

    assertThat(asked.roles()).isEmpty();
    assertThat(service.waitingRoleRequests("mallory"))
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.role()).isEqualTo(Roles.PLATFORM_ADMIN);
              assertThat(request.requestedBy()).isEqualTo("alice");
              assertThat(request.digest()).hasSize(64);
            });
    assertThat(grants.grantedAt("mallory", Roles.PLATFORM_ADMIN)).isEmpty();
    assertThat(audited)
        .contains("platform_role.grant_filed SUCCEEDED")
        .doesNotContain("platform_role.granted SUCCEEDED");
  }

  @Test
  void thePlatformsOnlyAdminGivesARoleAtOnceAndAWithdrawnRoleGoesAtOnce() {
    stored.store(new Account("alice", "hash", Set.of(Roles.PLATFORM_ADMIN), Instant.EPOCH));
    service.createAccount(new CreateAccount("sam", "correct horse battery", null));

    AccountSummary given =
        service.update(
            "sam",
            new UpdateAccount(
                Optional.empty(), Optional.empty(), Optional.of(Set.of(Roles.SUPPORT))));
    assertThat(given.roles()).containsExactly(Roles.SUPPORT);
    assertThat(service.waitingRoleRequests("sam")).isEmpty();

    AccountSummary withdrawn =
        service.update(
            "sam", new UpdateAccount(Optional.empty(), Optional.empty(), Optional.of(Set.of())));
    assertThat(withdrawn.roles()).isEmpty();
    assertThat(audited)
        .contains("platform_role.granted SUCCEEDED", "platform_role.withdrawn SUCCEEDED");
  }

  @Test
  void createsAnAccountWithoutPlatformRolesThatCanSignIn() {
    AccountSummary created =
        service.createAccount(
            new CreateAccount("alice.smith", "correct horse battery", "  Alice  "));

    assertThat(created.username()).isEqualTo("alice.smith");
    assertThat(created.displayName()).isEqualTo("Alice");
    assertThat(stored.accounts.get(0).roles()).isEmpty();
    assertThat(stored.accounts.get(0).passwordHash()).doesNotContain("correct horse");
    assertThat(service.verify("alice.smith", "correct horse battery".toCharArray())).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "a", "Alice", "-alice", ".alice", "al ice", "alice@example.com", "élodie"})
  void rejectsAUsernameOutsideThePatternAndStoresNothing(String username) {
    assertThatThrownBy(
            () -> service.createAccount(new CreateAccount(username, "long enough password", null)))
        .isInstanceOfSatisfying(
            InvalidUsernameException.class,
            e -> {
              assertThat(e.code()).isEqualTo("invalid_username");
              assertThat(e.getMessage()).contains("lowercase letters", "'" + username + "'");
            });
    assertThat(stored.accounts).isEmpty();
  }

  @Test
  void acceptsUsernamesOfTwoTo63Characters() {
    assertThat(new Username("ci").value()).isEqualTo("ci");
    assertThat(new Username("a".repeat(63)).value()).hasSize(63);
    assertThatThrownBy(() -> new Username("a".repeat(64)))
        .isInstanceOf(InvalidUsernameException.class);
  }

  @Test
  void rejectsAPasswordShorterThan12CharactersAndSaysHowLong() {
    assertThatThrownBy(() -> service.createAccount(new CreateAccount("bob", "elevenchars", null)))
        .isInstanceOfSatisfying(
            WeakPasswordException.class,
            e -> {
              assertThat(e.code()).isEqualTo("weak_password");
              assertThat(e.getMessage()).contains("11", "12");
            });
    assertThatThrownBy(() -> service.createAccount(new CreateAccount("bob", null, null)))
        .isInstanceOf(WeakPasswordException.class);
    assertThat(stored.accounts).isEmpty();
  }

  @Test
  void acceptsAPasswordOfExactly12Characters() {
    assertThat(service.createAccount(new CreateAccount("bob", "twelve-chars", null)).username())
        .isEqualTo("bob");
  }

  @Test
  void rejectsATakenUsernameWithConflict() {
    service.createAccount(new CreateAccount("carol", "long enough password", null));

    assertThatThrownBy(
            () -> service.createAccount(new CreateAccount("carol", "another long password", null)))
        .isInstanceOfSatisfying(
            DuplicateUsernameException.class,
            e -> assertThat(e.code()).isEqualTo("duplicate_username"));
    assertThat(stored.accounts).hasSize(1);
  }

  @Test
  void anAccountWithoutPasswordCannotSignInWithAnyPassword() {
    stored.store(Account.withoutPassword("erin", "Erin", Instant.parse("2024-05-01T10:00:00Z")));

    assertThat(service.verify("erin", "".toCharArray())).isEmpty();
    assertThat(service.verify("erin", "any password at all".toCharArray())).isEmpty();
  }

  @Test
  void theCommandNeverShowsThePassword() {
    assertThat(new CreateAccount("dave", "secret password", null).toString())
        .doesNotContain("secret");
  }

  private static final class InMemoryAccounts implements Accounts {
    final List<Account> accounts = new ArrayList<>();

    @Override
    public Optional<Account> find(String username) {
      return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public void store(Account account) {
      accounts.add(account);
    }

    @Override
    public List<Account> page(PageRequest request) {
      return accounts;
    }

    @Override
    public long count() {
      return accounts.size();
    }
  }
}
