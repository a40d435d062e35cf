package dev.trustportal.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.Roles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminBootstrapTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC);

  @Test
  void anInstanceThatLosesTheRaceForTheAdminAccountStartsAnyway(@TempDir Path dataDir) {
    Account first =
        new Account("admin", "hash-of-the-first", Set.of(Roles.PLATFORM_ADMIN), CLOCK.instant());
    // Both instances found no admin; the other one stored its account in between.
    RacingAccounts accounts = new RacingAccounts(first);
    AdminBootstrap bootstrap = bootstrap(accounts, dataDir);

    assertThatCode(bootstrap::createAdminIfAbsent).doesNotThrowAnyException();
    assertThat(accounts.stored).containsExactly(first);
  }

  @Test
  void aFreshDatabaseGetsTheAdminAccount(@TempDir Path dataDir) throws IOException {
    RacingAccounts accounts = new RacingAccounts(null);
    AdminBootstrap bootstrap = bootstrap(accounts, dataDir);

    bootstrap.createAdminIfAbsent();

    assertThat(accounts.stored).singleElement().extracting(Account::username).isEqualTo("admin");
    String written = Files.readString(dataDir.resolve("secrets/admin-password"));
    assertThat(
            new PasswordHasher()
                .verify(written.toCharArray(), accounts.stored.get(0).passwordHash()))
        .isTrue();
  }

  @Test
  void theLoserOfTheRaceLeavesTheWinnersPasswordFileAsItIs(@TempDir Path dataDir)
      throws IOException {
    // Instances sharing a data directory: the winner stored its account and wrote its password.
    Path file = dataDir.resolve("secrets/admin-password");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "the-winners-password");
    Account first =
        new Account("admin", "hash-of-the-first", Set.of(Roles.PLATFORM_ADMIN), CLOCK.instant());
    AdminBootstrap loser = bootstrap(new RacingAccounts(first), dataDir);

    loser.createAdminIfAbsent();

    assertThat(Files.readString(file)).isEqualTo("the-winners-password");
  }

  private static AdminBootstrap bootstrap(Accounts accounts, Path dataDir) {
    AdminBootstrap bootstrap = new AdminBootstrap();
    bootstrap.accounts = accounts;
    bootstrap.hasher = new PasswordHasher();
    bootstrap.clock = CLOCK;
    bootstrap.dataDir = Optional.of(dataDir.toString());
    return bootstrap;
  }

  /**
   * Finds nothing (as both instances did), but a store fails when another instance stored first.
   */
  private static final class RacingAccounts implements Accounts {
    final List<Account> stored = new ArrayList<>();

    RacingAccounts(Account storedByAnotherInstance) {
      if (storedByAnotherInstance != null) {
        stored.add(storedByAnotherInstance);
      }
    }

    @Override
    public Optional<Account> find(String username) {
      return Optional.empty();
    }

    @Override
    public void store(Account account) {
      if (stored.stream().anyMatch(a -> a.username().equals(account.username()))) {
        throw new DuplicateUsernameException(account.username());
      }
      stored.add(account);
    }

    @Override
    public List<Account> page(PageRequest request) {
      return stored;
    }

    @Override
    public long count() {
      return stored.size();
    }
  }
}
