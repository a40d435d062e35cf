package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.InvalidChangeInputException;
import dev.trustportal.portal.change.ThresholdImpacts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/v1/orgs/{org}/repositories/{repo}/roles/{role}/threshold}: requests a new threshold
 * for {@code targets/releases} or a signer's role. The role is written like repository names, its
 * slash unencoded ({@code roles/targets/releases/threshold}), encoded ({@code
 * roles/targets%2Freleases/threshold}, which Payara passes on decoded), or short ({@code
 * roles/releases/threshold}, {@code roles/alice/threshold}).
 */
@Path("orgs/{org}/repositories/{repo: .+}/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

  private final ChangeService changes;
  private final ThresholdImpacts impacts;

  @Inject
  public RolesResource(ChangeService changes, ThresholdImpacts impacts) {
    this.changes = changes;
    this.impacts = impacts;
  }

  /** For the CDI client proxy only. */
  protected RolesResource() {
    this(null, null);
  }

  @PUT
  @Path("{role: .+}/threshold")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Requests a new threshold for targets/releases or a signer's role targets/<name>",
      description =
          "Body {\"threshold\": n} with n from 1 to the role's number of keys. 202 with the change"
              + " request; 400 invalid_threshold / invalid_role_name, 403 for signers and viewers,"
              + " 404 for an unknown organisation, repository or role, 503 notary_unavailable."
              + " Nothing is filed when refused. With ?dryRun=true nothing is filed either: 200"
              + " with the tags that verify now from the role and would stop verifying for a"
              + " fresh client with the new threshold (the same checks as filing; 409"
              + " repository_diverged while the repository is diverged).")
  public Response setThreshold(
      @PathParam("org") String org,
      @Parameter(description = SignersResource.REPO_DOC) @PathParam("repo") String repo,
      @Parameter(
              description =
                  "targets/releases or releases, targets/<signer> or <signer>; the slash as it is"
                      + " or as %2F")
          @PathParam("role")
          String role,
      @Parameter(
              description =
                  "true: file nothing, answer which tags would stop verifying with the threshold")
          @QueryParam("dryRun")
          boolean dryRun,
      ThresholdJson body,
      @Context UriInfo uri) {
    Bodies.required(body);
    if (body.threshold() == null) {
      throw InvalidChangeInputException.missingThreshold();
    }
    if (dryRun) {
      return Response.ok(ThresholdImpactJson.of(impacts.of(org, repo, role, body.threshold())))
          .build();
    }
    return Accepted.of(changes.setThreshold(org, repo, role, body.threshold()), uri);
  }
}
