package dev.trustportal.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.common.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  }

  @Test
  void createsAnAccountWithoutPlatformRolesThatCanSignIn() {
    AccountSummary created =
        service.createAccount(new CreateAccount("alice.smith", "correct horse battery", "  Alice  "));

    assertThat(created.username()).isEqualTo("alice.smith");
    assertThat(created.displayName()).isEqualTo("Alice");
    assertThat(stored.accounts.get(0).roles()).isEmpty();
    assertThat(stored.accounts.get(0).passwordHash()).doesNotContain("correct horse");
    assertThat(service.verify("alice.smith", "correct horse battery".toCharArray())).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "Alice", "-alice", ".alice", "al ice", "alice@example.com", "élodie"})
  void rejectsAUsernameOutsideThePatternAndStoresNothing(String username) {
    assertThatThrownBy(() -> service.createAccount(new CreateAccount(username, "long enough password", null)))
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
    assertThatThrownBy(() -> new Username("a".repeat(64))).isInstanceOf(InvalidUsernameException.class);
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
    assertThat(service.createAccount(new CreateAccount("bob", "twelve-chars", null)).username()).isEqualTo("bob");
  }

  @Test
  void rejectsATakenUsernameWithConflict() {
    service.createAccount(new CreateAccount("carol", "long enough password", null));

    assertThatThrownBy(() -> service.createAccount(new CreateAccount("carol", "another long password", null)))
        .isInstanceOfSatisfying(
            DuplicateUsernameException.class, e -> assertThat(e.code()).isEqualTo("duplicate_username"));
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
    assertThat(new CreateAccount("dave", "secret password", null).toString()).doesNotContain("secret");
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
