package dev.trustportal.api.support;

import dev.trustportal.api.platform.PlatformRoleRequestJson;
import dev.trustportal.portal.support.SupportStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code PUT /api/v1/users/{username}/roles/support}: a platform admin asks for an account to be
 * support staff.
 */
@Path("users/{username}/roles/support")
@RequestScoped
public class SupportStaffResource {

  private final SupportStaff staff;

  @Inject
  public SupportStaffResource(SupportStaff staff) {
    this.staff = staff;
  }

  /** For the CDI client proxy only. */
  protected SupportStaffResource() {
    this(null);
  }

  @PUT
  @Operation(
      summary = "Asks for the platform role support on an account (platform admins)",
      description =
          "Another platform admin approves it with a security key at /platform/role-requests/{id}"
              + " before it is given: 202 with the request (FILED). 204 when the account has the"
              + " role already, or when the caller is the platform's only platform admin (nobody"
              + " else could approve: given at once). Asking again while a request waits answers"
              + " that request. 403 for others; 404 for an unknown account. Audited in the platform"
              + " chain.")
  @Produces(MediaType.APPLICATION_JSON)
  public Response grant(@PathParam("username") String username) {
    return staff
        .grant(username)
        .map(filed -> Response.accepted(PlatformRoleRequestJson.of(filed)).build())
        .orElseGet(() -> Response.noContent().build());
  }
}
