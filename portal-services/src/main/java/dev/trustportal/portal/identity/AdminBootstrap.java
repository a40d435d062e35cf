package dev.trustportal.portal.identity;

import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.common.SecretFile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a fresh instance can be signed in to: creates the account {@code admin} with the role
 * {@link Roles#PLATFORM_ADMIN} when it does not exist yet. The password comes from the environment
 * variable {@code PORTAL_ADMIN_PASSWORD}; without it a random one is generated and written to
 * {@code <portal.data.dir>/secrets/admin-password}, readable by the server's user only. The
 * password itself is never logged.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AdminBootstrap {

  static final String ADMIN = "admin";
  static final String PASSWORD_VARIABLE = "PORTAL_ADMIN_PASSWORD";
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  // No look-alike characters (0/O, 1/l/I), so the password can be typed from a printout.
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int GENERATED_LENGTH = 20;

  // Field injection: EJBs need a no-argument constructor.
  @Inject Accounts accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.data.dir")
  Optional<String> dataDir;

  @PostConstruct
  void createAdminIfAbsent() {
    if (accounts.find(ADMIN).isPresent()) {
      return;
    }
    Optional<char[]> given = passwordFromEnvironment();
    char[] password = given.orElseGet(AdminBootstrap::generate);
    try {
      accounts.store(
          new Account(ADMIN, hasher.hash(password), Set.of(Roles.PLATFORM_ADMIN), clock.instant()));
    } catch (DuplicateUsernameException createdByAnotherInstance) {
      // Instances that start together on a new database race here; the first one's account
      // stands, and this instance deploys on (before, the loser of the race failed to deploy).
      // Its password is not written: instances sharing a data directory would replace the
      // winner's file with a password that opens nothing.
      LOG.info(() -> "Account '" + ADMIN + "' was created by another instance at the same time.");
      return;
    }
    if (given.isPresent()) {
      LOG.info(
          () ->
              "Created account '" + ADMIN + "' with the password from " + PASSWORD_VARIABLE + ".");
    } else {
      Path file = storeGenerated(password);
      LOG.info(() -> "Created account '" + ADMIN + "'; its initial password is in " + file + ".");
    }
  }

  private Optional<char[]> passwordFromEnvironment() {
    String value = System.getenv(PASSWORD_VARIABLE);
    if (value == null || value.isBlank()) {
      // Checked before the account is stored: an account whose password cannot be written
      // would lock everybody out.
      secretsDir();
      return Optional.empty();
    }
    return Optional.of(value.toCharArray());
  }

  private Path storeGenerated(char[] password) {
    return SecretFile.write(secretsDir().resolve("admin-password"), password);
  }

  private Path secretsDir() {
    return Path.of(
            dataDir.orElseThrow(
                () ->
                    new IllegalStateException(
                        "Set portal.data.dir (where the generated admin password is written) or the"
                            + " environment variable "
                            + PASSWORD_VARIABLE
                            + ".")))
        .resolve("secrets");
  }

  private static char[] generate() {
    SecureRandom random = new SecureRandom();
    char[] password = new char[GENERATED_LENGTH];
    for (int i = 0; i < password.length; i++) {
      password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return password;
  }
}
