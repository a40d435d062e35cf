package dev.trustportal.api.platform;

import dev.trustportal.portal.securitykey.PlatformAttestationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/platform/attestation-policy}: which security keys the platform accepts; platform
 * admins.
 */
@Path("platform/attestation-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttestationPolicyResource {

  private final PlatformAttestationService attestation;

  @Inject
  public AttestationPolicyResource(PlatformAttestationService attestation) {
    this.attestation = attestation;
  }

  /** For the CDI client proxy only. */
  protected AttestationPolicyResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The platform's attestation policy",
      description =
          "policy ANY_FIDO2 or YUBIKEY_ONLY, the allowed AAGUIDs, and testingMode when the"
              + " deployment accepts any authenticator"
              + " (PORTAL_WEBAUTHN_ATTESTATION=any-authenticator-testing). 403 for callers who are"
              + " not platform admins.")
  public AttestationPolicyJson policy() {
    return AttestationPolicyJson.of(attestation.policy());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sets the platform's attestation policy (audited)",
      description =
          "Body {\"policy\": \"ANY_FIDO2\" | \"YUBIKEY_ONLY\", \"allowedAaguids\": [...]}; an"
              + " absent or empty list keeps the deployment's allow-list. It applies to keys"
              + " registered from now on. 400 invalid_attestation_policy; 403 for callers who are"
              + " not platform admins.")
  public AttestationPolicyJson setPolicy(SetAttestationPolicyJson body) {
    if (body == null) {
      throw new BadRequestException(new JsonbException("empty body"));
    }
    return AttestationPolicyJson.of(attestation.setPolicy(body.policy(), body.allowedAaguids()));
  }
}
