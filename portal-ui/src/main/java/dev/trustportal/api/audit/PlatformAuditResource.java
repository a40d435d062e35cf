package dev.trustportal.api.audit;

import dev.trustportal.portal.audit.AuditExportFormat;
import dev.trustportal.portal.audit.AuditFilter;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.common.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/platform/audit}: the platform chain, for events of no organisation (sign-ins), for
 * platform admins only.
 */
@Path("platform/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAuditResource {

  private final AuditLog audit;

  @Inject
  public PlatformAuditResource(AuditLog audit) {
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected PlatformAuditResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "One page of the platform audit chain, newest first, filtered (platform admins)",
      description =
          "The filters combine as for an organisation's chain; bad values are 400"
              + " invalid_audit_filter.")
  public AuditPageJson page(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size,
      @QueryParam("actor") @Parameter(description = AuditApiTexts.ACTOR) String actor,
      @QueryParam("action") @Parameter(description = AuditApiTexts.ACTION) String action,
      @QueryParam("gun") @Parameter(description = AuditApiTexts.GUN) String gun,
      @QueryParam("outcome") @Parameter(description = AuditApiTexts.OUTCOME) String outcome,
      @QueryParam("from") @Parameter(description = AuditApiTexts.FROM) String from,
      @QueryParam("to") @Parameter(description = AuditApiTexts.TO) String to,
      @QueryParam("q") @Parameter(description = AuditApiTexts.Q) String q) {
    AuditFilter parsed = AuditFilter.parse(actor, action, gun, outcome, from, to, q);
    return AuditPageJson.of(audit.platformSearch(parsed, new PageRequest(page, size)));
  }

  @GET
  @Path("export")
  @Produces({AuditApiTexts.CSV, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Downloads the platform chain's events that match the filter (platform admins)",
      description = AuditApiTexts.DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The matching events, newest first, as an attachment.",
      content = {
        @Content(mediaType = AuditApiTexts.CSV, example = AuditApiTexts.CSV_EXAMPLE),
        @Content(mediaType = MediaType.APPLICATION_JSON, example = AuditApiTexts.JSON_EXAMPLE)
      })
  public Response export(
      @QueryParam("format") @Parameter(description = AuditApiTexts.FORMAT) String format,
      @QueryParam("actor") @Parameter(description = AuditApiTexts.ACTOR) String actor,
      @QueryParam("action") @Parameter(description = AuditApiTexts.ACTION) String action,
      @QueryParam("gun") @Parameter(description = AuditApiTexts.GUN) String gun,
      @QueryParam("outcome") @Parameter(description = AuditApiTexts.OUTCOME) String outcome,
      @QueryParam("from") @Parameter(description = AuditApiTexts.FROM) String from,
      @QueryParam("to") @Parameter(description = AuditApiTexts.TO) String to,
      @QueryParam("q") @Parameter(description = AuditApiTexts.Q) String q) {
    AuditExportFormat chosen = AuditExportFormat.parse(format);
    AuditFilter parsed = AuditFilter.parse(actor, action, gun, outcome, from, to, q);
    // Refused before the body streams, as the other platform calls are.
    audit.requirePlatformReadable();
    return AuditDownload.of("platform", chosen, out -> audit.exportPlatform(parsed, chosen, out));
  }

  @GET
  @Path("verify")
  @Operation(summary = "Verifies the platform audit chain (platform admins)")
  public ChainVerificationJson verify() {
    return ChainVerificationJson.of(audit.verifyPlatform());
  }
}
