package dev.trustportal.api.identity;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.AccountService;
import dev.trustportal.portal.identity.AccountSummary;
import dev.trustportal.portal.identity.CreateAccount;
import dev.trustportal.portal.identity.UpdateAccount;
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
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/users}: platform admins create, list, read, change and disable accounts. With
 * single sign-on configured, accounts come from the identity provider and none is created here.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  private static final String ADMINS = " Platform admins only (403 otherwise).";

  private final AccountService accounts;

  @Inject
  public UsersResource(AccountService accounts) {
    this.accounts = accounts;
  }

  /** For the CDI client proxy only. */
  protected UsersResource() {
    this(null);
  }

  @GET
  @Operation(summary = "One page of accounts, by username", description = ADMINS)
  public UserPageJson list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return UserPageJson.of(accounts.list(new PageRequest(page, size)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Creates a local account without platform roles",
      description =
          "201 with the account. 400 invalid_username, weak_password (12 to 256 characters),"
              + " invalid_email, invalid_display_name; 409 duplicate_username; 409"
              + " accounts_from_identity_provider when single sign-on (Keycloak) is configured:"
              + " accounts are then made at a person's first sign-in."
              + ADMINS)
  public Response create(CreateUserJson body, @Context UriInfo uri) {
    requireBody(body);
    AccountSummary created =
        accounts.createAccount(
            new CreateAccount(body.username(), body.password(), body.displayName(), body.email()));
    URI location =
        uri.getBaseUriBuilder().path(UsersResource.class).path(created.username()).build();
    return Response.created(location).entity(UserJson.of(created)).build();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One account", description = "404 not_found." + ADMINS)
  public UserJson find(@PathParam("username") String username) {
    return UserJson.of(accounts.find(username));
  }

  @PATCH
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Changes an account's display name, email, platform roles, or enables it again",
      description =
          "Absent fields keep their value; a blank displayName or email removes it; roles is"
              + " [\"platform-admin\"] or []; disabled false enables a disabled account, true"
              + " disables it. A role withdrawn goes at once. A new role (platform-admin, support)"
              + " is not given yet: it is filed as a request that another platform admin approves"
              + " with a security key (GET /platform/role-requests), and the answer is 202 with the"
              + " account as it is; while the caller is the platform's only platform admin, nobody"
              + " else could approve, and it is given at once. 400 invalid_email,"
              + " invalid_display_name, invalid_platform_role; 409 self_lockout when an admin"
              + " withdraws their own platform-admin role."
              + ADMINS)
  public Response update(@PathParam("username") String username, UpdateUserJson body) {
    requireBody(body);
    UpdateAccount command =
        new UpdateAccount(
            Optional.ofNullable(body.displayName()),
            Optional.ofNullable(body.email()),
            Optional.ofNullable(body.roles()).map(Set::copyOf),
            Optional.ofNullable(body.disabled()));
    UserJson updated = UserJson.of(accounts.update(username, command));
    boolean waits =
        command.roles().isPresent()
            && accounts.waitingRoleRequests(username).stream()
                .anyMatch(request -> command.roles().get().contains(request.role()));
    return (waits ? Response.accepted(updated) : Response.ok(updated)).build();
  }

  @DELETE
  @Path("{username}")
  @Operation(
      summary = "Disables an account; it is kept, with its history, and signs in no more",
      description =
          "The account is not erased: its audit history and memberships stay, and its password, API"
              + " tokens and single sign-on stop working. 200 with the account (disabled true). 409"
              + " self_lockout for the caller's own account."
              + ADMINS)
  public UserJson disable(@PathParam("username") String username) {
    return UserJson.of(accounts.disable(username));
  }

  /** Mapped to 400 malformed_json, like a body that JSON-B cannot read. */
  private static void requireBody(Object body) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
  }
}
