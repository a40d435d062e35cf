package dev.trustportal.api.rootcustody;

import dev.trustportal.portal.rootcustody.CustodyService;
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
 * {@code /api/v1/orgs/{org}/repositories/{repo}/root-custody}: who holds the repository's root
 * keys.
 */
@Path("orgs/{org}/repositories/{repo: .+}/root-custody")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RepositoryCustodyResource {

  private final CustodyService custody;

  @Inject
  public RepositoryCustodyResource(CustodyService custody) {
    this.custody = custody;
  }

  /** For the CDI client proxy only. */
  protected RepositoryCustodyResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "Who holds the repository's root keys (any member)",
      description =
          "mode OWNERS: rootKeys lists each root key (canonical key ID, as notary key list shows"
              + " it) with the custodian and the security key it is wrapped for, and threshold how"
              + " many of them sign a root; mode SERVER: the portal holds the root key, sealed"
              + " under the platform's key-encryption key (also for a repository made before its"
              + " organisation switched to OWNERS custody). callerIsCustodian says whether the"
              + " caller holds one of them, callerHasPrfKey whether they enrolled a security key"
              + " with PRF at all (an owner without one approves changes but is no custodian)."
              + " 404 for non-members or an unknown repository.")
  public RepositoryCustodyJson custody(
      @PathParam("org") String org,
      @Parameter(description = "The repository's name, as in its GUN") @PathParam("repo")
          String repo) {
    return RepositoryCustodyJson.of(custody.repositoryCustody(org, repo));
  }
}
