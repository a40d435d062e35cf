package dev.trustportal.api.change;

import dev.trustportal.portal.change.ChangeImpacts;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.signer.SignerKeyInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/v1/orgs/{org}/repositories/{repo}/signers}: requests to add or remove a signer or one
 * of its keys. Each answers 202 with the change request (and its address in {@code Location}); it
 * is published asynchronously, follow it at {@code /api/v1/changes/{id}}. Repository names are
 * written with their slashes, unencoded, as in the repository endpoints.
 */
@Path("orgs/{org}/repositories/{repo: .+}/signers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignersResource {

  static final String REPO_DOC =
      "The repository name, slashes included and not encoded (for example team/api).";
  private static final String ERRORS =
      " 400 invalid_signer_name / invalid_signer_key / invalid_key_id, 403 for signers and viewers,"
          + " 404 for an unknown organisation, repository, signer or key, 409 duplicate_signer /"
          + " duplicate_signer_key / threshold_would_break, 503 notary_unavailable. Nothing is"
          + " filed when refused.";

  private static final String DRY_RUN =
      " With ?dryRun=true nothing is filed: 200 with the tags that verify now and would stop"
          + " verifying for a fresh client, and per delegation that stays who could re-sign it"
          + " afterwards with which command (notary witness <gun> <role> --publish); the same"
          + " checks as filing, and 409 repository_diverged while the repository is diverged.";
  private static final String DRY_RUN_PARAMETER =
      "true: file nothing, answer which tags would stop verifying and who can re-sign them";

  private final ChangeService changes;
  private final ChangeImpacts impacts;
  private final RepositoryService repositories;

  @Inject
  public SignersResource(
      ChangeService changes, ChangeImpacts impacts, RepositoryService repositories) {
    this.changes = changes;
    this.impacts = impacts;
    this.repositories = repositories;
  }

  /** For the CDI client proxy only. */
  protected SignersResource() {
    this(null, null, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Requests a new signer with one key, in targets/releases and targets/<name>",
      description =
          "Body {\"name\", \"publicKey\" | \"certificate\", \"username\"?}: username links the"
              + " signer to that member, who may push to the GUN once it is published (400"
              + " signer_account_not_member otherwise); with a PEM public key (ECDSA P-256 or RSA"
              + " of at least 2048 bits) or a PEM X.509 certificate valid now. 202 with the change"
              + " request."
              + ERRORS)
  public Response add(
      @PathParam("org") String org,
      @Parameter(description = REPO_DOC) @PathParam("repo") String repo,
      AddSignerJson body,
      @Context UriInfo uri) {
    Bodies.required(body);
    var key = new SignerKeyInput(body.publicKey(), body.certificate());
    Optional<String> account = Optional.ofNullable(body.username()).filter(u -> !u.isBlank());
    return Accepted.of(changes.requestSigner(org, repo, body.name(), key, account), uri);
  }

  @GET
  @Operation(
      summary =
          "The repository's signers as its verified trust data shows them, with their linked"
              + " accounts",
      description =
          "Every member reads. Each signer with its threshold, keys (ID, canonical ID, type,"
              + " expiry) and the portal account it is linked to (null if none). 404 for an unknown"
              + " organisation or repository, 503 notary_unavailable.")
  public SignerPageJson list(
      @PathParam("org") String org,
      @Parameter(description = REPO_DOC) @PathParam("repo") String repo) {
    List<SignerJson> signers =
        repositories.trust(org, repo).signers().stream().map(SignerJson::of).toList();
    return new SignerPageJson(signers, 0, signers.size(), signers.size());
  }

  /** The signers of a repository, all on one page. */
  public record SignerPageJson(List<SignerJson> items, int page, int size, long total) {}

  @DELETE
  @Path("{name}")
  @Operation(
      summary =
          "Requests removing a signer: its role targets/<name> and its keys from targets/releases",
      description =
          "A key another signer also has stays in targets/releases; targets/releases goes when its"
              + " last key does. 202 with the change request."
              + ERRORS
              + DRY_RUN)
  public Response remove(
      @PathParam("org") String org,
      @Parameter(description = REPO_DOC) @PathParam("repo") String repo,
      @PathParam("name") String name,
      @Parameter(description = DRY_RUN_PARAMETER) @QueryParam("dryRun") boolean dryRun,
      @Context UriInfo uri) {
    if (dryRun) {
      return Response.ok(ChangeImpactJson.of(impacts.ofRemovingSigner(org, repo, name))).build();
    }
    return Accepted.of(changes.removeSigner(org, repo, name), uri);
  }

  @POST
  @Path("{name}/keys")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Requests another key for a signer, in targets/<name> and targets/releases",
      description = "Body {\"publicKey\" | \"certificate\"}. 202 with the change request." + ERRORS)
  public Response addKey(
      @PathParam("org") String org,
      @Parameter(description = REPO_DOC) @PathParam("repo") String repo,
      @PathParam("name") String name,
      SignerKeyJson body,
      @Context UriInfo uri) {
    Bodies.required(body);
    var key = new SignerKeyInput(body.publicKey(), body.certificate());
    return Accepted.of(changes.addSignerKey(org, repo, name, key), uri);
  }

  @DELETE
  @Path("{name}/keys/{keyId}")
  @Operation(
      summary = "Requests removing one key of a signer from targets/<name> and targets/releases",
      description =
          "The key ID as the trust data lists it, or its canonical ID as the notary CLI prints it."
              + " Removing a signer's only key, or leaving a role with fewer keys than its"
              + " threshold, is refused (409). 202 with the change request."
              + ERRORS
              + DRY_RUN)
  public Response removeKey(
      @PathParam("org") String org,
      @Parameter(description = REPO_DOC) @PathParam("repo") String repo,
      @PathParam("name") String name,
      @PathParam("keyId") String keyId,
      @Parameter(description = DRY_RUN_PARAMETER) @QueryParam("dryRun") boolean dryRun,
      @Context UriInfo uri) {
    if (dryRun) {
      return Response.ok(ChangeImpactJson.of(impacts.ofRemovingKey(org, repo, name, keyId)))
          .build();
    }
    return Accepted.of(changes.removeSignerKey(org, repo, name, keyId), uri);
  }
}
