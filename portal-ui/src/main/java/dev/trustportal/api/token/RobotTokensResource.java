package dev.trustportal.api.token;

import dev.trustportal.portal.token.ApiTokenService;
import dev.trustportal.portal.token.CreatedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/orgs/{org}/robot-tokens}: an organisation's robot tokens, for its owners and
 * admins. A robot acts in the organisation as a SIGNER (WRITE access) or a VIEWER (READ access).
 */
@Path("orgs/{org}/robot-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RobotTokensResource {

  private final ApiTokenService tokens;

  @Inject
  public RobotTokensResource(ApiTokenService tokens) {
    this.tokens = tokens;
  }

  /** For the CDI client proxy only. */
  protected RobotTokensResource() {
    this(null);
  }

  @GET
  @Operation(
      summary =
          "The organisation's robot tokens that are not revoked, newest first; never their secrets")
  public TokenListJson list(@PathParam("org") String org) {
    return TokenListJson.of(tokens.robotTokens(org));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Creates a robot token of the organisation, and shows its secret this once",
      description =
          "201 with the secret and the principal robot$<org>$<name> (the username for HTTP Basic);"
              + " 400 invalid_token_request, 403 for members who are not OWNER or ADMIN, 404"
              + " unknown organisation.")
  public Response create(@PathParam("org") String org, CreateTokenJson body, @Context UriInfo uri) {
    PersonalTokensResource.requireBody(body);
    CreatedToken created = tokens.createRobot(org, body.command());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.token().id())).build())
        .entity(CreatedTokenJson.of(created))
        .build();
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "Revokes a robot token of the organisation, effective from the next request",
      description = "204; 404 if the organisation has no such robot token.")
  public Response revoke(@PathParam("org") String org, @PathParam("id") long id) {
    tokens.revokeRobot(org, id);
    return Response.noContent().build();
  }
}
