package dev.trustportal.portal.support;

import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.Account;
import dev.trustportal.portal.identity.AccountNotFoundException;
import dev.trustportal.portal.identity.Accounts;
import dev.trustportal.portal.identity.PlatformRoleGranting;
import dev.trustportal.portal.identity.PlatformRoleRequest;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Platform admins ask for an account to be support staff (the platform role {@link Roles#SUPPORT});
 * audited.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class SupportStaff {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Accounts accounts;
  @Inject PlatformRoleGranting granting;

  /**
   * Asks for the support role on the account: another platform admin approves it with a security
   * key before it is given (see {@link PlatformRoleGranting}). Asking again, or for an account that
   * has it, changes nothing.
   *
   * @return the request that waits for approval; empty when the account has the role (or it was
   *     given at once by the platform's only platform admin)
   * @throws AccountNotFoundException if there is no such account
   */
  public Optional<PlatformRoleRequest> grant(String username) {
    Account account =
        accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
    return granting.ask(account, Roles.SUPPORT);
  }
}
