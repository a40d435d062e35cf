package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.DroppedTag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/v1/orgs/{org}/repositories/{repo}/dropped-tags}: the tags that published removals
 * left in no role, until they verify again, with who can sign each into {@code targets/releases}
 * and the command.
 */
@Path("orgs/{org}/repositories/{repo: .+}/dropped-tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DroppedTagsResource {

  private final ChangeService changes;

  @Inject
  public DroppedTagsResource(ChangeService changes) {
    this.changes = changes;
  }

  /** For the CDI client proxy only. */
  protected DroppedTagsResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "Tags that published removals left in no role, until they verify again",
      description =
          "A removed signer's own targets/<name> may hold tags no other role holds: after the"
              + " removal no client finds them. Each names the change that dropped it, the roles"
              + " that held it, the signers keeping a key of targets/releases and the notary"
              + " addhash command that signs its content there again; it leaves this list once a"
              + " role's copy of it verifies. Members; 404 for non-members or a repository"
              + " beyond the token's reach.")
  public List<DroppedTagJson> list(
      @PathParam("org") String org,
      @Parameter(description = SignersResource.REPO_DOC) @PathParam("repo") String repo) {
    return changes.droppedTags(org, repo).stream().map(DroppedTagJson::of).toList();
  }

  /** A tag change {@code change} left in no role. */
  @Schema(
      example =
          "{\"change\": 41, \"summary\": \"Remove signer alice: …\", \"tag\": \"v9\", \"heldIn\":"
              + " [\"targets/alice\"], \"role\": \"targets/releases\", \"signers\": [\"bob\"],"
              + " \"command\": \"notary addhash registry.example.com/acme/app v9 529 --sha256"
              + " 5f1d…9c --roles targets/releases --publish\"}")
  public record DroppedTagJson(
      long change,
      String summary,
      String tag,
      List<String> heldIn,
      String role,
      List<String> signers,
      String command) {

    static DroppedTagJson of(DroppedTag dropped) {
      return new DroppedTagJson(
          dropped.change(),
          dropped.summary(),
          dropped.tag().tag(),
          dropped.tag().heldIn(),
          dropped.tag().role(),
          dropped.tag().signers(),
          dropped.tag().command());
    }
  }
}
