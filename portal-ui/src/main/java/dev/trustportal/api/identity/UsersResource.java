package dev.trustportal.api.identity;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.AccountService;
import dev.trustportal.portal.identity.AccountSummary;
import dev.trustportal.portal.identity.CreateAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** {@code /api/v1/users}: platform admins create and list local accounts. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

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
  public UserPageJson list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return UserPageJson.of(accounts.list(new PageRequest(page, size)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateUserJson body, @Context UriInfo uri) {
    if (body == null) {
      // Mapped to 400 malformed_json, like a body that JSON-B cannot read.
      throw new BadRequestException(new JsonbException("empty body"));
    }
    AccountSummary created =
        accounts.createAccount(new CreateAccount(body.username(), body.password(), body.displayName()));
    URI location = uri.getBaseUriBuilder().path(UsersResource.class).path(created.username()).build();
    return Response.created(location).entity(UserJson.of(created)).build();
  }
}
