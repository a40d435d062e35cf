package dev.trustportal.api.support;

import dev.trustportal.portal.support.ResetNoticeNotFoundException;
import dev.trustportal.portal.support.ResetNotices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/v1/orgs/{org}/repositories/{repo}/reset-notice}: what consumers must do after a trust
 * reset.
 */
@Path("orgs/{org}/repositories/{repo: .+}/reset-notice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResetNoticeResource {

  private final ResetNotices notices;

  @Inject
  public ResetNoticeResource(ResetNotices notices) {
    this.notices = notices;
  }

  /** For the CDI client proxy only. */
  protected ResetNoticeResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The repository's newest reset notice (any member)",
      description =
          "The date, the new root key ID and the exact steps for consumers (remove the cached trust"
              + " data of the GUN, pull again), and the tags to sign again. 404 when the repository"
              + " was never reset, and for a caller who is not a member.")
  public ResetNoticeJson get(
      @PathParam("org") String org,
      @Parameter(description = "The repository's name, slashes as they are") @PathParam("repo")
          String repo) {
    return notices
        .forRepository(org, repo)
        .map(ResetNoticeJson::of)
        .orElseThrow(() -> new ResetNoticeNotFoundException(org, repo));
  }
}
