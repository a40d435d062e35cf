package dev.trustportal.api.support;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.pinning.DivergedRepository;
import dev.trustportal.portal.support.SupportSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/v1/support/repositories}: the support desk's search across every organisation, with
 * the trust health of each repository on the page (support staff and platform admins; every search
 * is audited).
 */
@Path("support/repositories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupportRepositoriesResource {

  private final SupportSearch search;

  @Inject
  public SupportRepositoriesResource(SupportSearch search) {
    this.search = search;
  }

  /** For the CDI client proxy only. */
  protected SupportRepositoriesResource() {
    this(null);
  }

  @GET
  @Operation(
      summary =
          "Repositories of every organisation whose GUN contains the text, with their trust health",
      description =
          "Support staff and platform admins; 403 for anyone else. The health of each repository on"
              + " the page is read from notary-server now: findings of kind ROLE_EXPIRING,"
              + " ROLE_EXPIRED, THRESHOLD_UNMET, HELD_KEY_NOT_LISTED, VERIFICATION_FAILED, DIVERGED"
              + " or NOTARY_UNREACHABLE.")
  public RepositoryHealthPageJson search(
      @Parameter(description = "A part of the GUN, matched literally; empty for every repository")
          @QueryParam("gun")
          @DefaultValue("")
          String gun,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return RepositoryHealthPageJson.of(search.search(gun, new PageRequest(page, size)));
  }

  /** The diverged repositories as JSON. */
  public record DivergedJson(List<DivergedRepository> items) {}

  @GET
  @Path("diverged")
  @Operation(
      summary =
          "Repositories whose trust data diverged from what the portal pinned, the most recent"
              + " first",
      description =
          "Support staff and platform admins; 403 for anyone else. Each with its organisation,"
              + " name, GUN, the finding (what differs: versions, key IDs) and since when. The"
              + " portal signs nothing for them until a support case (ROOT_ROTATION or TRUST_RESET)"
              + " resolves it.")
  public DivergedJson diverged() {
    return new DivergedJson(search.diverged());
  }
}
