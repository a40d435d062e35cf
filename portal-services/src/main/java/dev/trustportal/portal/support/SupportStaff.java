package dev.trustportal.portal.support;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.identity.Account;
import dev.trustportal.portal.identity.AccountNotFoundException;
import dev.trustportal.portal.identity.Accounts;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.identity.PlatformRoleGrants;
import dev.trustportal.portal.common.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** Platform admins make an account support staff (the platform role {@link Roles#SUPPORT}); audited. */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class SupportStaff {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Accounts accounts;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject PlatformRoleGrants grants;
  @Inject Clock clock;

  /**
   * Grants the support role; granting it again changes nothing. It takes effect at the account's next sign-in.
   *
   * @throws AccountNotFoundException if there is no such account
   */
  public void grant(String username) {
    Account account = accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
    if (!account.roles().contains(Roles.SUPPORT)) {
      grants.granted(username, Roles.SUPPORT, caller.username(), clock.instant());
      // Sessions keep the groups they signed in with: they end, and the next sign-in has the role.
      account.endSessionsBefore(clock.instant());
    }
    account.grantRole(Roles.SUPPORT);
    audit.record(AuditRecord.platform(caller.username(), "account.support_granted", username, Outcome.SUCCEEDED,
        "Platform role '" + Roles.SUPPORT + "' granted to " + username + "."));
  }
}
