package dev.trustportal.portal.identity;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Giving a platform role takes two platform admins (issue 20): the one who asks files a request,
 * and another approves it with a security key (the approval capability, {@code platformrole}); only
 * then is the role given. A stolen admin password or token alone makes no accomplice an admin.
 * While the platform has no other enabled platform admin, nobody could approve: the only admin then
 * gives the role at once (onboarding; audited as such). Withdrawing a role needs no approval. Runs
 * in the caller's transaction.
 */
@ApplicationScoped
public class PlatformRoleGranting {

  // Field injection, as the other beans of the feature (and unit tests set them).
  @Inject PlatformRoleRequests requests;
  @Inject PlatformRoleGrants grants;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Asks for the role on the account: empty when the account holds it already or it was given at
   * once; otherwise the request that waits for another platform admin's approval (the one already
   * waiting, if any).
   */
  public Optional<PlatformRoleRequest> ask(Account account, String role) {
    if (account.roles().contains(role)) {
      return Optional.empty();
    }
    Optional<PlatformRoleRequest> waiting = requests.waiting(account.username(), role);
    if (waiting.isPresent()) {
      return waiting;
    }
    String asking = caller.username();
    if (!requests.anotherPlatformAdmin(asking)) {
      give(
          account,
          role,
          asking,
          "given at once: "
              + asking
              + " is the platform's only platform admin, so nobody"
              + " else could approve it");
      return Optional.empty();
    }
    Instant now = clock.instant();
    long id =
        requests.file(
            account.username(), role, asking, now, digest(account.username(), role, asking, now));
    PlatformRoleRequest filed = requests.find(id, false).orElseThrow();
    audit.record(
        AuditRecord.platform(
            asking,
            "platform_role.grant_filed",
            account.username(),
            Outcome.SUCCEEDED,
            "Platform role request "
                + id
                + " (digest sha256:"
                + filed.digest()
                + "): "
                + filed.summary()
                + " Another platform admin must approve it with a security key."));
    return Optional.of(filed);
  }

  /** The platform roles asked for the account that wait for approval. */
  public List<PlatformRoleRequest> waiting(String username) {
    return Roles.PLATFORM.stream()
        .flatMap(role -> requests.waiting(username, role).stream())
        .toList();
  }

  /**
   * Gives the role: recorded for the break-glass cooling-off, the account's sessions end, audited.
   */
  public void give(Account account, String role, String grantedBy, String how) {
    account.grantRole(role);
    grants.granted(account.username(), role, grantedBy, clock.instant());
    // A session keeps the groups it signed in with: it ends, and the next sign-in has the new role.
    account.endSessionsBefore(clock.instant());
    audit.record(
        AuditRecord.platform(
            grantedBy,
            "platform_role.granted",
            account.username(),
            Outcome.SUCCEEDED,
            "Platform role '" + role + "' granted to " + account.username() + " (" + how + ")."));
  }

  static String digest(String username, String role, String requestedBy, Instant at) {
    String text = "platform-role-grant\n" + username + "\n" + role + "\n" + requestedBy + "\n" + at;
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
