package dev.trustportal.portal.platformrole;

import dev.trustportal.portal.approval.ApprovalChallenge;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.PlatformRoleRequest;
import dev.trustportal.portal.identity.PlatformRoleRequests;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Platform admins see the platform role requests that wait, and approve (with a security key,
 * through the approval capability) or reject them.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformRoleRequestDesk {

  // Field injection: EJBs need a no-argument constructor.
  @Inject PlatformRoleRequests requests;
  @Inject ApprovalService approvals;

  /** The requests waiting for approval, oldest first. */
  public List<PlatformRoleRequest> waiting() {
    return requests.waiting();
  }

  /**
   * @throws PlatformRoleRequestNotFoundException if there is none with the ID
   */
  public PlatformRoleRequest find(long id) {
    return requests.find(id, false).orElseThrow(() -> new PlatformRoleRequestNotFoundException(id));
  }

  /** A challenge for the caller to approve the request with a security key, bound to its digest. */
  public ApprovalChallenge challenge(long id) {
    return approvals.challenge(SubjectRef.platformRoleGrant(id));
  }

  /** Approves the request with the assertion; the role is given. */
  public PlatformRoleRequest approve(long id, String assertionJson) {
    approvals.approve(SubjectRef.platformRoleGrant(id), assertionJson);
    return requests.find(id, false).orElseThrow();
  }

  public PlatformRoleRequest reject(long id, String reason) {
    approvals.reject(SubjectRef.platformRoleGrant(id), reason);
    return requests.find(id, false).orElseThrow();
  }
}
