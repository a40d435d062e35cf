package dev.trustportal.api.support;

import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.approval.SubjectRef;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.support.CaseFilter;
import dev.trustportal.portal.support.OpenCase;
import dev.trustportal.portal.support.SupportDesk;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/v1/support/cases}: support staff open a case for a repository of any organisation,
 * the agent and the organisation's owners approve it with security keys, staff carry it out.
 * Members of the case's organisation read it; anyone else gets 404.
 */
@Path("support/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupportCasesResource {

  private static final String NOT_FOUND =
      " 404 unless the caller is support staff or a member of the case's" + " organisation.";

  private final SupportDesk desk;

  private final ApprovalService approvals;

  @Inject
  public SupportCasesResource(SupportDesk desk, ApprovalService approvals) {
    this.desk = desk;
    this.approvals = approvals;
  }

  /** For the CDI client proxy only. */
  protected SupportCasesResource() {
    this(null, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Opens a support case for a repository (support staff)",
      description =
          "kind: ROOT_ROTATION, TRUST_RESET, TARGETS_KEY_ROTATION, SIGNER_KEY_LOSS (with signer and"
              + " keyId), SNAPSHOT_KEY_ROTATION. 201 with the case and its plan in plain words. 400"
              + " invalid_case_kind (naming the kinds), invalid_gun, invalid_ticket,"
              + " invalid_reason, invalid_signer, invalid_key_id, unknown_signer_key,"
              + " root_key_not_held; 403 support_staff_only; 404 when no repository has the GUN;"
              + " 503 when notary-server cannot be reached.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "reset",
                      value =
                          "{\"gun\":\"registry.example.com/acme/api\",\"kind\":\"TRUST_RESET\",\"ticket\":\"SUP-1234\",\"reason\":\"The"
                              + " root key's passphrase is lost with its owner.\"}")))
  public Response open(OpenCaseJson body, @Context UriInfo uri) {
    if (body == null) {
      // Mapped to 400 malformed_json, like a body that JSON-B cannot read.
      throw new BadRequestException(new JsonbException("empty body"));
    }
    CaseDetails opened =
        desk.open(
            new OpenCase(
                body.gun(),
                body.kind(),
                body.ticket(),
                body.reason(),
                body.signer(),
                body.keyId()));
    URI location =
        uri.getBaseUriBuilder()
            .path(SupportCasesResource.class)
            .path(String.valueOf(opened.id()))
            .build();
    return Response.created(location).entity(CaseJson.of(opened)).build();
  }

  @GET
  @Operation(
      summary = "One page of support cases, newest first",
      description =
          "Support staff see every case, others those of their organisations. Optional state:"
              + " AWAITING_APPROVAL, APPROVED, EXECUTING, DONE; 400 invalid_case_state for"
              + " another.")
  public CasePageJson list(
      @QueryParam("state") String state,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return CasePageJson.of(desk.list(CaseFilter.of(state), new PageRequest(page, size)));
  }

  @GET
  @Path("{caseId: [0-9]+}")
  @Operation(
      summary =
          "A support case: plan, approvals (have, need), state and step, last error." + NOT_FOUND)
  public CaseJson get(@PathParam("caseId") long id) {
    return CaseJson.of(desk.get(id));
  }

  @GET
  @Path("{caseId: [0-9]+}/approval-challenge")
  @Operation(
      summary = "A fresh WebAuthn challenge to approve the case, bound to its digest",
      description =
          "publicKey is PublicKeyCredentialRequestOptionsJSON; its challenge is SHA-256(digest ||"
              + " nonce), single-use, valid 5 minutes. 403 case_approval_not_allowed unless the"
              + " caller is the agent who opened it or an owner (platform admins when the"
              + " organisation has no owner); 409 already_approved, case_not_pending."
              + NOT_FOUND)
  public CaseChallengeJson challenge(@PathParam("caseId") long id) {
    return CaseChallengeJson.of(approvals.challenge(SubjectRef.supportCase(id)));
  }

  @POST
  @Path("{caseId: [0-9]+}/approvals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approves the case with a security-key assertion",
      description =
          "Body: the PublicKeyCredential.toJSON() of navigator.credentials.get over the approval"
              + " challenge. The case with its approvals; at the quorum it is APPROVED. 400"
              + " assertion_refused; 409 assertion_refused (UNKNOWN_CHALLENGE) for a challenge"
              + " used, expired or of another case."
              + NOT_FOUND)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "assertion",
                      value =
                          "{\"id\":\"…\",\"rawId\":\"…\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"…\","
                              + "\"authenticatorData\":\"…\",\"signature\":\"…\"}}")))
  public CaseJson approve(@PathParam("caseId") long id, String assertion) {
    approvals.approve(SubjectRef.supportCase(id), assertion == null ? "" : assertion);
    return CaseJson.of(desk.get(id));
  }

  @POST
  @Path("{caseId: [0-9]+}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cancels a case not yet carried out (support staff or the organisation's owners)",
      description =
          "Body {\"reason\"}: why (10 to 2000 characters; 400 invalid_reason). The case, CANCELLED,"
              + " with cancellation {by, reason}; audited as support.case_cancelled. 409"
              + " case_not_cancellable once its execution has begun (a case being carried out"
              + " resumes, it is not abandoned) or it is done; a cancelled case is neither approved"
              + " (409 case_not_pending) nor carried out (409 case_cancelled). 403"
              + " support_staff_only for members who are not owners."
              + NOT_FOUND)
  public CaseJson cancel(@PathParam("caseId") long id, CancellationJson body) {
    return CaseJson.of(desk.cancel(id, body == null ? null : body.reason()));
  }

  @POST
  @Path("{caseId: [0-9]+}/execution")
  @Operation(
      summary = "Carries out an approved case (support staff); idempotent",
      description =
          "Runs the steps from the first unfinished one; each step is committed before the next. A"
              + " step that fails (notary-server away) leaves the case at that step with lastError;"
              + " call again to resume. A case that is DONE is returned unchanged. Optional steps=n"
              + " runs at most n steps. 409 case_not_approved before the approvals are complete;"
              + " 403 support_staff_only."
              + NOT_FOUND)
  public CaseJson execute(@PathParam("caseId") long id, @QueryParam("steps") Integer steps) {
    if (steps != null && steps < 1) {
      throw new BadRequestException(new JsonbException("steps must be 1 or more"));
    }
    return CaseJson.of(steps == null ? desk.execute(id) : desk.execute(id, steps));
  }
}
