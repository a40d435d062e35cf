package dev.trustportal.api.repository;

import dev.trustportal.api.change.Accepted;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.expiry.RepositoryFindings;
import dev.trustportal.portal.repository.CreateRepository;
import dev.trustportal.portal.repository.RepositoryNotFoundException;
import dev.trustportal.portal.repository.RepositoryService;
import dev.trustportal.portal.repository.RepositorySummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/v1/orgs/{org}/repositories}: list, read and create the repositories of an
 * organisation, and read a repository's trust data. Repository names may contain {@code /} (for
 * example {@code team/api}) and are written as they are in the path; {@code /trust} after a name
 * selects its trust data, {@code /findings} what the watcher found in it.
 */
@Path("orgs/{org}/repositories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RepositoriesResource {

  private static final String REPO_DOC =
      "The repository name, slashes included and not encoded (for example team/api). A name whose"
          + " last component is 'trust' or 'findings' reads as the trust data or findings of its"
          + " parent here; find it with"
          + " the list's filter.";

  private final RepositoryService repositories;
  private final ChangeService changes;
  private final RepositoryFindings findings;

  @Inject
  public RepositoriesResource(
      RepositoryService repositories, ChangeService changes, RepositoryFindings findings) {
    this.repositories = repositories;
    this.changes = changes;
    this.findings = findings;
  }

  /** For the CDI client proxy only. */
  protected RepositoriesResource() {
    this(null, null, null);
  }

  @GET
  @Operation(
      summary =
          "One page of the organisation's repositories whose name contains the filter, by name")
  public RepositoryPageJson list(
      @PathParam("org") String org,
      @QueryParam("filter") @DefaultValue("") String filter,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return RepositoryPageJson.of(repositories.list(org, filter, new PageRequest(page, size)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Creates a repository and initialises its trust data on notary-server",
      description =
          "201 with the repository when the organisation's policy needs no approval for"
              + " INITIALISE_REPOSITORY (the default): initialised at once. Otherwise 202 with the"
              + " change request that initialises it (Location /api/v1/changes/{id}); the"
              + " repository is PENDING_INITIALISATION until its owners approve. In OWNERS root"
              + " custody 202 with the repository, PENDING_INITIALISATION, whose rootCeremony"
              + " (Location /api/v1/orgs/{org}/root-ceremonies/{id}) the custodians sign. 400"
              + " invalid_name, 409 duplicate_name, 404 unknown organisation, 503"
              + " notary_unavailable (nothing is created).")
  public Response create(
      @PathParam("org") String org, CreateRepositoryJson body, @Context UriInfo uri) {
    if (body == null) {
      // Mapped to 400 malformed_json, like a body that JSON-B cannot read.
      throw new BadRequestException(new JsonbException("empty body"));
    }
    RepositorySummary created =
        repositories.createRepository(org, new CreateRepository(body.name()));
    if (created.initialisationChange() != null) {
      return Accepted.of(changes.find(created.initialisationChange()), uri);
    }
    if (created.rootCeremony() != null) {
      URI ceremony =
          uri.getBaseUriBuilder()
              .path("orgs")
              .path(org)
              .path("root-ceremonies")
              .path(Long.toString(created.rootCeremony()))
              .build();
      return Response.accepted(RepositoryJson.of(created)).location(ceremony).build();
    }
    URI location = uri.getAbsolutePathBuilder().path(created.name()).build();
    return Response.created(location).entity(RepositoryJson.of(created)).build();
  }

  @GET
  @Path("{repo: .+}/trust")
  @Operation(
      summary = "The repository's trust data, fetched from notary-server and verified now",
      description =
          "Roles with thresholds and expiry, signers with their keys, signed tags. 503"
              + " notary_unavailable if notary-server cannot be reached, 502 trust_data_invalid if"
              + " its data does not verify.")
  public TrustJson trust(
      @PathParam("org") String org,
      @Parameter(description = REPO_DOC) @PathParam("repo") String repo) {
    return TrustJson.of(repositories.trust(org, repo));
  }

  @GET
  @Path("{repo: .+}/findings")
  @Operation(
      summary = "What the watcher found in the repository's trust data",
      description =
          "The watcher reads every repository against its pinned trust (at once when"
              + " notary-server's changefeed shows a change, otherwise on a slower cycle) and"
              + " records findings: DIVERGED (the trust data does not verify against the pins; the"
              + " portal signs nothing), EXPIRED and EXPIRING (a role expires within the warning"
              + " window, 30 days by default), BELOW_THRESHOLD (a delegation has fewer keys or"
              + " valid signatures than its threshold), TAGS_UNVERIFIED (a delegation does not"
              + " verify, so clients no longer trust its tags). checkedAt is the watcher's last"
              + " read (null before the first). Example:"
              + " {\"gun\":\"registry.example.com/acme/app\","
              + "\"checkedAt\":\"2026-12-07T18:00:00Z\",\"items\":[{\"kind\":\"EXPIRING\",\"role\":\"targets/releases\",\"detail\":\"Role"
              + " targets/releases of … expires at … (in 12 day(s)): re-sign it before then, or"
              + " clients refuse the trust data.\",\"foundAt\":\"2026-12-07T18:00:00Z\"}]}")
  public FindingsJson findings(
      @PathParam("org") String org,
      @Parameter(description = REPO_DOC) @PathParam("repo") String repo) {
    return FindingsJson.of(findings.of(org, repo));
  }

  @GET
  @Path("{repo: .+}")
  @Operation(summary = "One repository")
  public RepositoryJson find(
      @PathParam("org") String org,
      @Parameter(description = REPO_DOC) @PathParam("repo") String repo) {
    return repositories
        .find(org, repo)
        .map(RepositoryJson::of)
        .orElseThrow(() -> new RepositoryNotFoundException(org, repo));
  }
}
