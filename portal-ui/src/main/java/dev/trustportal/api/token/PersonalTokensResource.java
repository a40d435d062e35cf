package dev.trustportal.api.token;

import dev.trustportal.portal.token.ApiTokenService;
import dev.trustportal.portal.token.CreatedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
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

/** {@code /api/v1/me/tokens}: the caller's personal API tokens. */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonalTokensResource {

  private final ApiTokenService tokens;

  @Inject
  public PersonalTokensResource(ApiTokenService tokens) {
    this.tokens = tokens;
  }

  /** For the CDI client proxy only. */
  protected PersonalTokensResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "Your personal API tokens that are not revoked, newest first; never their secrets")
  public TokenListJson list() {
    return TokenListJson.of(tokens.personalTokens());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Creates a personal API token that acts for you, and shows its secret this once",
      description =
          "201 with the secret; 400 invalid_token_request (name, expiry 1-365 days, access READ or"
              + " WRITE, repositories need an organisation), 404 an organisation you are not a"
              + " member of, 403 when called with an API token (tokens cannot create tokens).")
  public Response create(CreateTokenJson body, @Context UriInfo uri) {
    requireBody(body);
    CreatedToken created = tokens.createPersonal(body.command());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.token().id())).build())
        .entity(CreatedTokenJson.of(created))
        .build();
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "Revokes one of your personal API tokens, effective from the next request",
      description = "204; 404 if you have no such token.")
  public Response revoke(@PathParam("id") long id) {
    tokens.revokePersonal(id);
    return Response.noContent().build();
  }

  /** A missing body is mapped to 400 malformed_json, like a body that JSON-B cannot read. */
  static void requireBody(Object body) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
  }
}
