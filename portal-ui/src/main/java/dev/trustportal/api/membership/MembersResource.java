package dev.trustportal.api.membership;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.membership.AddMember;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.MemberSummary;
import dev.trustportal.portal.membership.MembershipService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/orgs/{org}/members}: list, add, re-role and remove the members of an organisation.
 */
@Path("orgs/{org}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  private final MembershipService memberships;

  @Inject
  public MembersResource(MembershipService memberships) {
    this.memberships = memberships;
  }

  /** For the CDI client proxy only. */
  protected MembersResource() {
    this(null);
  }

  @GET
  public MemberPageJson list(
      @PathParam("org") String org,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return MemberPageJson.of(memberships.members(org, new PageRequest(page, size)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("org") String org, AddMemberJson body, @Context UriInfo uri) {
    requireBody(body);
    MemberSummary added =
        memberships.addMember(org, new AddMember(body.username(), MemberRole.parse(body.role())));
    URI location = uri.getAbsolutePathBuilder().path(added.username()).build();
    return Response.created(location).entity(MemberJson.of(added)).build();
  }

  @PATCH
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Gives a member another role",
      description =
          "Owners and admins; only owners grant or take away the owner role. 409 last_owner; 409"
              + " custodians_below_threshold when demoting an owner who is a custodian of root keys"
              + " leaves fewer custodians than the threshold M of OWNERS custody (the OWNERS"
              + " repositories could no longer rotate their roots): repeat with"
              + " acknowledgeCustodianLoss=true to do it anyway.")
  public MemberJson changeRole(
      @PathParam("org") String org,
      @PathParam("username") String username,
      @QueryParam("acknowledgeCustodianLoss") @DefaultValue("false") boolean acknowledged,
      ChangeRoleJson body) {
    requireBody(body);
    return MemberJson.of(
        memberships.changeRole(org, username, MemberRole.parse(body.role()), acknowledged));
  }

  @DELETE
  @Path("{username}")
  @Operation(
      summary = "Takes a member out of the organisation",
      description =
          "Owners and admins; only owners remove owners. 204. 409 last_owner; 409"
              + " custodians_below_threshold when the member is a custodian of root keys and"
              + " fewer custodians than the threshold M of OWNERS custody would remain (the OWNERS"
              + " repositories could no longer rotate their roots; only the support desk's trust"
              + " reset makes new ones): repeat with acknowledgeCustodianLoss=true to remove them"
              + " anyway. 404 member_not_found.")
  public Response remove(
      @PathParam("org") String org,
      @PathParam("username") String username,
      @QueryParam("acknowledgeCustodianLoss") @DefaultValue("false") boolean acknowledged) {
    memberships.removeMember(org, username, acknowledged);
    return Response.noContent().build();
  }

  /** A missing body is mapped to 400 malformed_json, like a body that JSON-B cannot read. */
  private static void requireBody(Object body) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
  }
}
