package dev.trustportal.api.rootcustody;

import dev.trustportal.portal.rootcustody.RootCeremony;
import dev.trustportal.portal.rootcustody.RootCeremonyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/v1/orgs/{org}/root-ceremonies}: operations on a repository's root in OWNERS custody,
 * which M custodians sign, each with one touch of their security key that evaluates PRF.
 */
@Path("orgs/{org}/root-ceremonies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RootCeremoniesResource {

  private static final String NOT_FOUND =
      " 404 unless the ceremony belongs to the organisation and the caller to" + " it.";

  private final RootCeremonyService ceremonies;

  @Inject
  public RootCeremoniesResource(RootCeremonyService ceremonies) {
    this.ceremonies = ceremonies;
  }

  /** For the CDI client proxy only. */
  protected RootCeremoniesResource() {
    this(null);
  }

  @GET
  @Operation(
      summary = "The organisation's root ceremonies, newest first (at most 100)",
      description =
          "Each with its operation, digest, state (OPEN; SIGNED: every signature is in and it"
              + " waits in the outbox to be published, with publishError while notary-server"
              + " cannot take it; PUBLISHED; EXPIRED; FAILED: the root changed after it opened)"
              + " and progress. 404 for non-members.")
  public List<RootCeremonyJson> list(@PathParam("org") String org) {
    return ceremonies.ceremonies(org).stream().map(RootCeremonyJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Opens a root ceremony that rotates a repository's root keys or targets key",
      description =
          "Owners only, for an initialised repository of an organisation in OWNERS custody."
              + " ROTATE_ROOT makes a new root key for each current custodian (so an owner who"
              + " enrolled a PRF key since is added, one who left is removed) with the"
              + " organisation's threshold; ROTATE_TARGETS_KEY names a new targets key;"
              + " ROTATE_SNAPSHOT_KEY a new snapshot key notary-server makes;"
              + " RETURN_ROOT_TO_SERVER (once the organisation is back in SERVER custody, for a"
              + " root its custodians still hold) hands the root back to one key the portal holds,"
              + " signed by M old root keys and the portal's; HAND_ROOT_TO_CUSTODIANS (in OWNERS"
              + " custody, for a root the portal still holds, opened for each when the"
              + " organisation enters OWNERS custody) hands it to the custodians. The new"
              + " root is published once the custodians' touches give M signatures of the old root"
              + " keys and M of the new (a custodian's touch signs with both of their keys);"
              + " until then nothing changes on notary-server. 201 with the ceremony. 400"
              + " invalid_root_ceremony; 409 root_ceremony_refused (SERVER custody, a root made in"
              + " SERVER custody, not initialised, another ceremony open, or fewer custodians than"
              + " the threshold). 403 for non-owners; 404 for non-members or an unknown"
              + " repository.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "root rotation",
                    value = "{\"repository\": \"app\", \"operation\": \"ROTATE_ROOT\"}"),
                @ExampleObject(
                    name = "targets key rotation",
                    value = "{\"repository\": \"app\", \"operation\": \"ROTATE_TARGETS_KEY\"}")
              }))
  public Response open(@PathParam("org") String org, OpenCeremonyJson body) {
    RootCeremony opened =
        ceremonies.openRootChange(
            org, body == null ? null : body.repository(), body == null ? null : body.operation());
    return Response.status(Response.Status.CREATED).entity(RootCeremonyJson.of(opened)).build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "One root ceremony",
      description =
          "Its operation in plain words, digest and progress"
              + " (\"1 of 2 custodians have touched their key; 1 more is needed.\")."
              + NOT_FOUND)
  public RootCeremonyJson ceremony(@PathParam("org") String org, @PathParam("id") long id) {
    return RootCeremonyJson.of(ceremonies.ceremony(org, id));
  }

  @GET
  @Path("{id: [0-9]+}/challenge")
  @Operation(
      summary =
          "A challenge for the caller, a custodian, to sign the ceremony with their security key",
      description =
          "publicKey is PublicKeyCredentialRequestOptionsJSON: its challenge is SHA-256(digest ||"
              + " nonce), single-use, valid 5 minutes; allowCredentials is the caller's custodian"
              + " key and extensions.prf.evalByCredential its PRF salt. 403 not_a_custodian for an"
              + " owner who holds no root key of the repository; 409 root_ceremony_not_open once"
              + " PUBLISHED, EXPIRED or FAILED; 409 root_changed when the repository's root on"
              + " notary-server changed since the ceremony opened (it is then FAILED, nothing is"
              + " published: open a new ceremony)."
              + NOT_FOUND)
  public CeremonyChallengeJson challenge(@PathParam("org") String org, @PathParam("id") long id) {
    return CeremonyChallengeJson.of(ceremonies.challenge(org, id));
  }

  @POST
  @Path("{id: [0-9]+}/touches")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Signs the ceremony: a touch of the custodian key with its PRF result",
      description =
          "Body: the PublicKeyCredential.toJSON() of navigator.credentials.get over the challenge,"
              + " with clientExtensionResults.prf.results.first. The PRF output opens the caller's"
              + " root key in memory only; it signs the prepared root and is dropped. At the"
              + " threshold the root and targets are published to notary-server (state PUBLISHED)."
              + " 400 root_key_not_opened (a PRF output that is not the enrolled key's), 400"
              + " prf_not_supported, 400 / 409 assertion_refused (also a challenge of another"
              + " ceremony), 409 already_approved, 409 root_ceremony_not_open, 409 root_changed"
              + " (the repository's root on notary-server changed since the ceremony opened: it is"
              + " closed as FAILED and nothing is published; open a new ceremony), 403"
              + " not_a_custodian."
              + NOT_FOUND)
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
  public RootCeremonyJson touch(
      @PathParam("org") String org, @PathParam("id") long id, String assertion) {
    return RootCeremonyJson.of(ceremonies.touch(org, id, assertion == null ? "" : assertion));
  }

  @POST
  @Path("{id: [0-9]+}/recovery-kit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The caller's root key as notary's encrypted key file, to keep offline",
      description =
          "For a custodian of an OPEN ceremony: body {\"passphrase\": \"...\", \"assertion\":"
              + " {...}} where assertion is the PublicKeyCredential.toJSON() over a challenge of"
              + " this ceremony (…/challenge) with clientExtensionResults.prf.results.first. The"
              + " PRF output opens the caller's root key of the root the ceremony makes (the new"
              + " one of a rotation) in memory only; it is answered as keyFile, a PEM ENCRYPTED"
              + " PRIVATE KEY (PBES2, headers role: root, gun, path) that notary key import reads."
              + " The passphrase (at least 12 characters) is not stored or logged. It signs nothing"
              + " and is no touch. 400 weak_recovery_passphrase, 400 root_key_not_opened, 409"
              + " assertion_refused, 409 root_ceremony_not_open, 403 not_a_custodian."
              + NOT_FOUND)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "recovery kit",
                      value =
                          "{\"passphrase\": \"correct horse battery staple\", \"assertion\":"
                              + " {\"id\": \"q5Xz...\", \"rawId\": \"q5Xz...\", \"type\":"
                              + " \"public-key\", \"response\": {\"clientDataJSON\":"
                              + " \"eyJ0...\", \"authenticatorData\": \"SZYN...\","
                              + " \"signature\": \"MEUC...\"}, \"clientExtensionResults\":"
                              + " {\"prf\": {\"results\": {\"first\": \"3q2-7w...\"}}}}}")))
  public RecoveryKitJson recoveryKit(
      @PathParam("org") String org, @PathParam("id") long id, RecoveryKitRequestJson body) {
    String assertion = body == null || body.assertion() == null ? "" : body.assertion().toString();
    char[] passphrase =
        body == null || body.passphrase() == null ? null : body.passphrase().toCharArray();
    return RecoveryKitJson.of(ceremonies.recoveryKit(org, id, assertion, passphrase));
  }
}
