package dev.trustportal.api.platform;

import dev.trustportal.portal.securitykey.FidoMetadataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/v1/platform/metadata}: the FIDO Metadata Service (MDS3) blob security keys are
 * checked against; platform admins.
 */
@Path("platform/metadata")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FidoMetadataResource {

  /**
   * The blob's media type as https://mds3.fidoalliance.org/ names it; text/plain is accepted too.
   */
  static final String APPLICATION_JWT = "application/jwt";

  private final FidoMetadataService metadata;

  @Inject
  public FidoMetadataResource(FidoMetadataService metadata) {
    this.metadata = metadata;
  }

  /** For the CDI client proxy only. */
  protected FidoMetadataResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The uploaded FIDO metadata",
      description =
          "Serial no, nextUpdate (overdue once it has passed), uploadedBy/uploadedAt, the number of"
              + " entries, and each allow-listed AAGUID with its model, latest status, whether the"
              + " metadata lists attestation roots for it and whether it lists it at all"
              + " (NOT_LISTED) or under other roots (OTHER_ROOT); warnings in words. 403 for"
              + " callers who are not platform admins.")
  public FidoMetadataJson metadata() {
    return FidoMetadataJson.of(metadata.view());
  }

  @PUT
  @Consumes({APPLICATION_JWT, MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Uploads the FIDO metadata blob (audited)",
      description =
          "Body: the blob exactly as downloaded from https://mds3.fidoalliance.org/ (a signed JWT),"
              + " as application/jwt or text/plain. Its signature and certificate chain are"
              + " verified to the FIDO MDS root (portal.webauthn.mds-root overrides it); its serial"
              + " no must be above the stored one's. Keys of models it reports compromised are"
              + " suspended at once. 400 invalid_metadata_blob (not a JWT, bad signature, untrusted"
              + " chain, not an MDS3 payload, serial not newer), nothing stored; 403 for callers"
              + " who are not platform admins.")
  @RequestBody(
      content = {
        @Content(
            mediaType = APPLICATION_JWT,
            examples = @ExampleObject(name = "blob", value = EXAMPLE)),
        @Content(
            mediaType = MediaType.TEXT_PLAIN,
            examples = @ExampleObject(name = "blob", value = EXAMPLE))
      })
  public FidoMetadataJson upload(String blob) {
    return FidoMetadataJson.of(metadata.upload(blob));
  }

  // Shortened: a real blob's x5c header and payload are megabytes.
  private static final String EXAMPLE =
      "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsIng1YyI6WyJNSUlI...\"]}"
          + ".eyJsZWdhbEhlYWRlciI6Ii4uLiIsIm5vIjo4MCwibmV4dFVwZGF0ZSI6IjIwMjctMDEtMDEiLCJlbnRyaWVzIjpbXX0.c2lnbmF0dXJl";
}
