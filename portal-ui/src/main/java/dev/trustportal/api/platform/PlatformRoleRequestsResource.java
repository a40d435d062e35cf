package dev.trustportal.api.platform;

import dev.trustportal.api.change.ApprovalChallengeJson;
import dev.trustportal.api.change.RejectionJson;
import dev.trustportal.portal.platformrole.PlatformRoleRequestDesk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/v1/platform/role-requests}: platform roles (platform-admin, support) one platform
 * admin asked for; another platform admin approves each with a security key, and only then is the
 * role given.
 */
@Path("platform/role-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformRoleRequestsResource {

  private static final String ADMINS =
      " 403 for callers who are not platform admins; 404 not_found for an"
          + " unknown request; 409 platform_role_request_not_pending once it is decided.";

  private final PlatformRoleRequestDesk desk;

  @Inject
  public PlatformRoleRequestsResource(PlatformRoleRequestDesk desk) {
    this.desk = desk;
  }

  /** For the CDI client proxy only. */
  protected PlatformRoleRequestsResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The platform role requests waiting for approval, oldest first",
      description =
          "Filed by PUT /users/{username}/roles/support or PATCH /users/{username} with a new role."
              + " 403 for callers who are not platform admins.")
  public List<PlatformRoleRequestJson> waiting() {
    return desk.waiting().stream().map(PlatformRoleRequestJson::of).toList();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "One platform role request",
      description =
          "Its state: FILED, GRANTED or REJECTED. 403 for callers who are not platform admins; 404"
              + " not_found for an unknown request.")
  public PlatformRoleRequestJson request(@PathParam("id") long id) {
    return PlatformRoleRequestJson.of(desk.find(id));
  }

  @GET
  @Path("{id: [0-9]+}/approval-challenge")
  @Operation(
      summary =
          "A fresh WebAuthn challenge to approve the platform role request, bound to its digest",
      description =
          "publicKey is PublicKeyCredentialRequestOptionsJSON, its challenge SHA-256(digest ||"
              + " nonce), single-use, valid 5 minutes. 403 self_approval for the platform admin who"
              + " asked and for the account that would get the role: another platform admin must"
              + " approve."
              + ADMINS)
  public ApprovalChallengeJson challenge(@PathParam("id") long id) {
    return ApprovalChallengeJson.of(desk.challenge(id));
  }

  @POST
  @Path("{id: [0-9]+}/approvals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Approves the platform role request with a security-key assertion; the role is given",
      description =
          "Body: the PublicKeyCredential.toJSON() of navigator.credentials.get over the approval"
              + " challenge. The request, GRANTED; the account has the role from its next sign-in."
              + " 400 assertion_refused (also for a key within its cooling-off period after"
              + " registration, whose message says from when it counts); 409 assertion_refused"
              + " (UNKNOWN_CHALLENGE: none issued to the caller for this request, used or expired);"
              + " 403 self_approval."
              + ADMINS)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "assertion",
                      value =
                          "{\"id\": \"q5Xz...\", \"rawId\": \"q5Xz...\", \"type\": \"public-key\","
                              + " \"response\": {\"clientDataJSON\": \"eyJ0...\","
                              + " \"authenticatorData\": \"SZYN...\", \"signature\": \"MEUC...\"},"
                              + " \"clientExtensionResults\": {}}")))
  public PlatformRoleRequestJson approve(@PathParam("id") long id, String assertion) {
    return PlatformRoleRequestJson.of(desk.approve(id, assertion == null ? "" : assertion));
  }

  @POST
  @Path("{id: [0-9]+}/rejections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rejects the platform role request with a reason",
      description =
          "Body {\"reason\"}; 400 missing_reason without one. The request, REJECTED; the role is"
              + " not given."
              + ADMINS)
  public PlatformRoleRequestJson reject(@PathParam("id") long id, RejectionJson body) {
    return PlatformRoleRequestJson.of(desk.reject(id, body == null ? null : body.reason()));
  }
}
