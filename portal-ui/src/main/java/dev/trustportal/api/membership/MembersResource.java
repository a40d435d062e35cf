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
  public MemberJson changeRole(
      @PathParam("org") String org, @PathParam("username") String username, ChangeRoleJson body) {
    requireBody(body);
    return MemberJson.of(memberships.changeRole(org, username, MemberRole.parse(body.role())));
  }

  @DELETE
  @Path("{username}")
  public Response remove(@PathParam("org") String org, @PathParam("username") String username) {
    memberships.removeMember(org, username);
    return Response.noContent().build();
  }

  /** A missing body is mapped to 400 malformed_json, like a body that JSON-B cannot read. */
  private static void requireBody(Object body) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
  }
}
