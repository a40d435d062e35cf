package dev.trustportal.api.support;

import dev.trustportal.portal.support.SupportStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code PUT /api/v1/users/{username}/roles/support}: a platform admin makes an account support staff. */
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
      summary = "Grants the platform role support (platform admins)",
      description = "204; granting it again changes nothing; it applies from the account's next request. 403 for"
          + " others; 404 for an unknown account. Audited in the platform chain.")
  public Response grant(@PathParam("username") String username) {
    staff.grant(username);
    return Response.noContent().build();
  }
}
