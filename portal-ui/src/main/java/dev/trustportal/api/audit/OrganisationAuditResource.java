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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/orgs/{org}/audit}: the audit chain of one organisation, newest first, and its
 * verification; for the organisation's owners and admins (others in it get 403, anyone else 404).
 */
@Path("orgs/{org}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationAuditResource {

  private final AuditLog audit;

  @Inject
  public OrganisationAuditResource(AuditLog audit) {
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected OrganisationAuditResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "One page of the organisation's audit chain, newest first, filtered",
      description =
          "For owners and admins of the organisation; 403 for its other members, 404 for"
              + " anyone else (as for an organisation that does not exist). The filters combine;"
              + " a date that cannot be read, a range that ends before it starts or an unknown"
              + " outcome is 400 invalid_audit_filter.")
  public AuditPageJson page(
      @PathParam("org") String org,
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
    return AuditPageJson.of(audit.search(org, parsed, new PageRequest(page, size)));
  }

  @GET
  @Path("export")
  @Produces({AuditApiTexts.CSV, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Downloads the events that match the filter, as CSV or JSON",
      description = AuditApiTexts.DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The matching events, newest first, as an attachment.",
      content = {
        @Content(mediaType = AuditApiTexts.CSV, example = AuditApiTexts.CSV_EXAMPLE),
        @Content(mediaType = MediaType.APPLICATION_JSON, example = AuditApiTexts.JSON_EXAMPLE)
      })
  public Response export(
      @PathParam("org") String org,
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
    // Refused before the body streams, so that a refusal is a 404 or 403 and not a broken download.
    audit.requireReadable(org);
    return AuditDownload.of(org, chosen, out -> audit.export(org, parsed, chosen, out));
  }

  @GET
  @Path("verify")
  @Operation(
      summary = "Verifies the organisation's audit chain",
      description =
          "ok, how many events were checked, and the id of the first event whose hash or link to"
              + " its predecessor does not hold (null when the chain is intact). Readable as the"
              + " chain.")
  public ChainVerificationJson verify(@PathParam("org") String org) {
    return ChainVerificationJson.of(audit.verify(org));
  }
}
