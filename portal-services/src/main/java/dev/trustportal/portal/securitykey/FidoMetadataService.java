package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.CallerContext;
import dev.trustportal.portal.securitykey.AllowListedModel.Listing;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The FIDO Metadata Service (MDS3) blob a platform admin uploads: verified to the MDS root, kept
 * while no newer one comes, used at registration (attestation roots per model, compromised models
 * refused) and by the daily check that suspends keys of models reported compromised. Uploads are
 * audited in the platform's chain.
 */
@Stateless
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class FidoMetadataService {

  /** The actor the daily check records in the audit chains. */
  static final String SCHEDULE = "fido-metadata-check";

  // Field injection: EJBs need a no-argument constructor.
  @Inject MetadataBlobs blobs;
  @Inject ParsedMetadata parsed;
  @Inject FidoMetadataRoots roots;
  @Inject PlatformAttestationService attestation;
  @Inject CompromisedKeys compromised;
  @Inject CallerContext caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Verifies and stores a blob, then suspends the keys of models it reports compromised.
   *
   * @param jwt the blob as https://mds3.fidoalliance.org/ serves it
   * @throws InvalidMetadataBlobException when it is no JWT, is not signed by a chain to the MDS
   *     root, or is not newer than the stored one
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public FidoMetadataSummary upload(String jwt) {
    MetadataBlob blob = new MetadataBlobVerifier(roots.roots()).verify(jwt, clock.instant());
    Optional<StoredMetadataBlob> stored = blobs.find();
    blob.requireNewerThan(stored.map(StoredMetadataBlob::serial));
    String jwtText = jwt.strip();
    if (stored.isPresent()) {
      stored.get().replace(jwtText, blob, caller.username(), clock.instant());
    } else {
      blobs.store(new StoredMetadataBlob(jwtText, blob, caller.username(), clock.instant()));
    }
    parsed.remember(blob);
    FidoMetadataSummary view = view(blob, blobs.find().orElseThrow());
    audit.record(
        AuditRecord.platform(
            caller.username(),
            "fido_metadata.uploaded",
            "MDS3 blob no " + blob.serial(),
            Outcome.SUCCEEDED,
            uploadDetail(view)));
    compromised.suspendCompromised(blob, caller.username());
    return view;
  }

  /** The stored blob and the allow-listed models as it describes them. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public FidoMetadataSummary view() {
    Optional<StoredMetadataBlob> stored = blobs.find();
    if (stored.isEmpty()) {
      return new FidoMetadataSummary(
          false, null, null, false, null, null, 0, allowListed(Optional.empty()));
    }
    return view(
        parsed.of(stored.get().serial(), () -> Optional.of(stored.get().jwt())), stored.get());
  }

  /** The stored blob, for registration to check against; empty while none is uploaded. */
  @PermitAll
  public Optional<MetadataBlob> current() {
    return blobs
        .serial()
        .map(serial -> parsed.of(serial, () -> blobs.find().map(StoredMetadataBlob::jwt)));
  }

  /** Whether the stored blob's {@code nextUpdate} has passed: platform admins are warned. */
  @PermitAll
  public boolean overdue() {
    return current().map(blob -> overdue(blob.nextUpdate())).orElse(false);
  }

  /** The daily check: suspends the keys of models the stored blob reports compromised. */
  @PermitAll
  public int recheck() {
    return current().map(blob -> compromised.suspendCompromised(blob, SCHEDULE)).orElse(0);
  }

  private FidoMetadataSummary view(MetadataBlob blob, StoredMetadataBlob stored) {
    return new FidoMetadataSummary(
        true,
        blob.serial(),
        blob.nextUpdate(),
        overdue(blob.nextUpdate()),
        stored.uploadedBy(),
        stored.uploadedAt(),
        blob.entryCount(),
        allowListed(Optional.of(blob)));
  }

  private boolean overdue(LocalDate nextUpdate) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).isAfter(nextUpdate);
  }

  private List<AllowListedModel> allowListed(Optional<MetadataBlob> blob) {
    WebAuthnSettings settings = attestation.effectiveSettings();
    return settings.allowedAaguids().stream()
        .sorted()
        .map(aaguid -> describe(aaguid, blob.flatMap(b -> b.entry(aaguid)), settings.roots()))
        .toList();
  }

  static AllowListedModel describe(
      UUID aaguid, Optional<MetadataEntry> entry, List<X509Certificate> configured) {
    String shipped = KnownModels.name(aaguid).orElse(aaguid.toString());
    if (entry.isEmpty()) {
      return new AllowListedModel(aaguid, shipped, Listing.NOT_LISTED, null, null, false, false);
    }
    MetadataEntry listed = entry.get();
    Optional<StatusReport> latest = listed.latestStatus();
    boolean ourRoot = listed.attestationRoots().stream().anyMatch(configured::contains);
    return new AllowListedModel(
        aaguid,
        listed.description(),
        ourRoot ? Listing.LISTED : Listing.OTHER_ROOT,
        latest.map(StatusReport::status).orElse(null),
        latest.map(StatusReport::effectiveDate).orElse(null),
        listed.compromise().isPresent(),
        !listed.attestationRoots().isEmpty());
  }

  private static String uploadDetail(FidoMetadataSummary view) {
    List<String> mismatches =
        view.mismatches().stream().map(m -> m.aaguid() + " " + m.listing()).toList();
    return view.entries()
        + " entries, next update "
        + view.nextUpdate()
        + "."
        + (mismatches.isEmpty()
            ? ""
            : " Allow-listed models not listed under the configured roots: " + mismatches + ".");
  }
}
