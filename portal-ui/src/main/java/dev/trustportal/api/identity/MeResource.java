package dev.trustportal.api.identity;

import dev.trustportal.portal.identity.AccountService;
import dev.trustportal.portal.identity.SessionSignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/me}: the caller's own account and password. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  private final AccountService accounts;

  @Inject
  public MeResource(AccountService accounts) {
    this.accounts = accounts;
  }

  /** For the CDI client proxy only. */
  protected MeResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The caller's account",
      description = "404 for a robot token, which acts for no account.")
  public UserJson me() {
    return UserJson.of(accounts.me());
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Changes the caller's password, given the current one",
      description =
          "204; every other browser session of the account ends. 400 wrong_password when"
              + " oldPassword is not the current password, 400 weak_password outside 12 to 256"
              + " characters, 409 no_local_password for an account of the identity provider.")
  public Response changePassword(PasswordChangeJson body, @Context HttpServletRequest request) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
    accounts.changePassword(body.oldPassword(), body.newPassword());
    // Every other session of the account has ended; the one that changed the password goes on.
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(SessionSignIn.ATTRIBUTE, Instant.now());
    }
    return Response.noContent().build();
  }
}
