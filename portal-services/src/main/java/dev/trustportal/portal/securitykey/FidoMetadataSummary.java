package dev.trustportal.portal.securitykey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The uploaded FIDO metadata as platform admins see it; all but {@code uploaded} and {@code
 * allowListed} are null (0 for entries) while none is uploaded.
 *
 * @param overdue whether {@code nextUpdate} has passed: a newer blob should be downloaded and
 *     uploaded
 * @param allowListed the models of the platform's allow-list, as the metadata describes them
 */
public record FidoMetadataSummary(
    boolean uploaded,
    Long serial,
    LocalDate nextUpdate,
    boolean overdue,
    String uploadedBy,
    Instant uploadedAt,
    int entries,
    List<AllowListedModel> allowListed) {

  public FidoMetadataSummary {
    allowListed = List.copyOf(allowListed);
  }

  /**
   * The allow-listed models the metadata does not list, or lists under roots other than the
   * configured ones.
   */
  public List<AllowListedModel> mismatches() {
    return allowListed.stream()
        .filter(m -> m.listing() != AllowListedModel.Listing.LISTED)
        .toList();
  }
}
