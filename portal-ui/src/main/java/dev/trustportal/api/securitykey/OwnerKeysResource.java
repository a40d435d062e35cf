package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.KeyConfirmationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/v1/orgs/{org}/security-keys}: the security keys of an organisation's owners, for its
 * owners, and their confirmation of a fellow owner's new key with a touch of their own key.
 */
@Path("orgs/{org}/security-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnerKeysResource {

  private static final String REFUSALS =
      " 404 unless the caller belongs to the organisation; 403 for members who"
          + " are not owners.";

  private final KeyConfirmationService confirmations;

  @Inject
  public OwnerKeysResource(KeyConfirmationService confirmations) {
    this.confirmations = confirmations;
  }

  /** For the CDI client proxy only. */
  protected OwnerKeysResource() {
    this(null);
  }

  @GET
  @Operation(
      summary =
          "The security keys of the organisation's owners, each with whether it counts for"
              + " approvals",
      description =
          "standing.basis COOLING_OFF marks a new key that counts only from standing.countsFrom, or"
              + " once another owner confirms it."
              + REFUSALS)
  public OwnerKeyJson.Page list(@PathParam("org") String org) {
    return OwnerKeyJson.Page.of(
        confirmations.ownersKeys(org).stream().map(OwnerKeyJson::of).toList());
  }

  // POST: it stores a single-use challenge (and a GET of an ID-bearing path is read by every
  // owner).
  @POST
  @Path("{id: [0-9]+}/confirmation-challenge")
  @Operation(
      summary =
          "Options for navigator.credentials.get, to confirm a fellow owner's key with a touch of"
              + " one's own",
      description =
          "PublicKeyCredentialRequestOptionsJSON; single-use, valid 5 minutes, for this key and"
              + " organisation only. 404 security_key_not_found unless another owner holds the key;"
              + " 403 own_key_confirmation for one's own key; 403 forbidden for API tokens."
              + REFUSALS)
  public RequestOptionsJson challenge(@PathParam("org") String org, @PathParam("id") long id) {
    return RequestOptionsJson.of(confirmations.confirmationChallenge(org, id));
  }

  @POST
  @Path("{id: [0-9]+}/confirmations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Confirms a fellow owner's key for the organisation's approvals",
      description =
          "Body: the PublicKeyCredential.toJSON() of navigator.credentials.get over the"
              + " confirmation challenge, made with a key of the caller that counts for the"
              + " organisation (400 assertion_refused when it is within its own cooling-off). The"
              + " key, now CONFIRMED; audited as security_key.confirmed."
              + REFUSALS)
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
  public OwnerKeyJson confirm(
      @PathParam("org") String org, @PathParam("id") long id, String assertion) {
    return OwnerKeyJson.of(confirmations.confirm(org, id, assertion == null ? "" : assertion));
  }
}
