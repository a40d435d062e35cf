package dev.trustportal.api.notary;

import dev.trustportal.portal.publishing.NotaryClientSettings;
import dev.trustportal.portal.publishing.NotaryEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/notary}: what a docker or notary client needs to use the portal's notary-server.
 */
@Path("notary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotaryResource {

  private final NotaryEndpoint endpoint;

  @Inject
  public NotaryResource(NotaryEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** For the CDI client proxy only. */
  protected NotaryResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The notary-server URL and the PEM of its CA certificate",
      description =
          "Use them as DOCKER_CONTENT_TRUST_SERVER and the tls ca of ~/.notary/config.json.")
  public NotaryClientSettings settings() {
    return endpoint.clientSettings();
  }
}
