package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.CustodianEnrolmentService;
import dev.trustportal.portal.securitykey.SecurityKeyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** {@code /api/v1/me/security-keys}: the caller's own security keys (FIDO2 / WebAuthn). */
@Path("me/security-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecurityKeysResource {

  private final SecurityKeyService keys;
  private final CustodianEnrolmentService custodians;

  @Inject
  public SecurityKeysResource(SecurityKeyService keys, CustodianEnrolmentService custodians) {
    this.keys = keys;
    this.custodians = custodians;
  }

  /** For the CDI client proxy only. */
  protected SecurityKeysResource() {
    this(null, null);
  }

  @GET
  @Operation(summary = "The caller's security keys, oldest first, all on page 0")
  public SecurityKeyPageJson list() {
    return SecurityKeyPageJson.of(keys.list().stream().map(SecurityKeyJson::of).toList());
  }

  @POST
  @Path("registration-options")
  @Operation(
      summary =
          "Options for navigator.credentials.create, as PublicKeyCredentialCreationOptionsJSON",
      description =
          "The challenge is single-use and expires after 5 minutes. Direct attestation from a"
              + " cross-platform authenticator is asked; the caller's keys are excluded. For an"
              + " account with a usable key, existingKey holds the"
              + " PublicKeyCredentialRequestOptionsJSON of the touch of one of them that the"
              + " registration needs. 403 forbidden for API tokens.")
  public CreationOptionsJson registrationOptions() {
    return CreationOptionsJson.of(keys.registrationOptions());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registers a security key",
      description =
          "Body {\"name\", \"credential\", \"existingKey\"} with credential the"
              + " PublicKeyCredential.toJSON() of the created credential and, for an account with a"
              + " usable key, existingKey that of navigator.credentials.get over the options'"
              + " existingKey (403 assertion_required without it). 201 with the key; it counts for"
              + " an organisation's approvals once another owner confirms it, after its cooling-off"
              + " period, or at once where approvals were never required. 403 forbidden for API"
              + " tokens. 400 security_key_refused when the platform's attestation policy does not"
              + " accept the key (the message says why: no attestation, self attestation, a chain"
              + " to an untrusted root, a model off the allow-list, a synced credential), or the"
              + " challenge is unknown, used or expired; 400 invalid_security_key_name; 409"
              + " duplicate_security_key.")
  public Response register(RegisterKeyJson body) {
    if (body == null || body.credential() == null) {
      throw new BadRequestException(new JsonbException("expected {\"name\", \"credential\"}"));
    }
    Optional<String> existingKey = Optional.ofNullable(body.existingKey()).map(Object::toString);
    return Response.status(Response.Status.CREATED)
        .entity(
            SecurityKeyJson.of(
                keys.register(body.name(), body.credential().toString(), existingKey)))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}/removal-challenge")
  @Operation(
      summary =
          "Options for navigator.credentials.get, to remove one of the caller's keys with a fresh"
              + " touch",
      description =
          "PublicKeyCredentialRequestOptionsJSON; the challenge is single-use, expires after 5"
              + " minutes and allows removing this key only; any usable key of the caller may sign"
              + " it. 404 security_key_not_found; 403 forbidden for API tokens.")
  public RequestOptionsJson removalChallenge(@PathParam("id") long id) {
    return RequestOptionsJson.of(keys.removalChallenge(id));
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "Removes one of the caller's security keys",
      description =
          "204; 404 security_key_not_found. Every removal needs a fresh touch of the key or of"
              + " another of the caller's keys: the body is the PublicKeyCredential.toJSON() of"
              + " navigator.credentials.get over the options of .../removal-challenge (403"
              + " assertion_required without it, 409 / 400 assertion_refused when it does not"
              + " verify). 403 forbidden for API tokens. 409 custodians_below_threshold when the"
              + " key is the caller's custodian key (their root keys are opened by it alone) and"
              + " fewer custodians than the threshold M of OWNERS custody would remain in an"
              + " organisation they own: repeat with acknowledgeCustodianLoss=true to remove it"
              + " anyway (checked before the touch is spent).")
  @RequestBody(
      required = false,
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
  public Response remove(
      @PathParam("id") long id,
      @QueryParam("acknowledgeCustodianLoss") @DefaultValue("false") boolean acknowledged,
      String assertion) {
    keys.remove(id, Optional.ofNullable(assertion).filter(a -> !a.isBlank()), acknowledged);
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/custodian-enrolment-challenge")
  @Operation(
      summary =
          "Options for navigator.credentials.get that enrol the key as a root custodian key"
              + " (WebAuthn PRF)",
      description =
          "PublicKeyCredentialRequestOptionsJSON allowing only this key, with"
              + " extensions.prf.evalByCredential naming the key's new PRF salt; the challenge is"
              + " single-use and expires after 5 minutes. 404 security_key_not_found; 403 forbidden"
              + " for API tokens.")
  public PrfRequestOptionsJson custodianEnrolmentChallenge(@PathParam("id") long id) {
    return PrfRequestOptionsJson.of(custodians.enrolmentChallenge(id));
  }

  @POST
  @Path("{id: [0-9]+}/custodian-enrolment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enrols the key as a root custodian key with a touch that evaluates PRF",
      description =
          "Body: the PublicKeyCredential.toJSON() of navigator.credentials.get over the enrolment"
              + " challenge, with clientExtensionResults.prf.results.first (32 bytes, base64url)."
              + " The portal keeps the salt and the X25519 public key derived from the PRF output,"
              + " never the output. 400 prf_not_supported without a PRF result; 400 / 409"
              + " assertion_refused; 404 security_key_not_found; 403 forbidden for API tokens.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "assertion with PRF",
                      value =
                          "{\"id\": \"q5Xz...\", \"rawId\": \"q5Xz...\", \"type\": \"public-key\","
                              + " \"response\": {\"clientDataJSON\": \"eyJ0...\","
                              + " \"authenticatorData\": \"SZYN...\", \"signature\": \"MEUC...\"},"
                              + " \"clientExtensionResults\": {\"prf\": {\"results\": {\"first\":"
                              + " \"3q2-7w...\"}}}}")))
  public CustodianEnrolmentJson enrolAsCustodian(@PathParam("id") long id, String assertion) {
    return CustodianEnrolmentJson.of(custodians.enrol(id, assertion == null ? "" : assertion));
  }
}
