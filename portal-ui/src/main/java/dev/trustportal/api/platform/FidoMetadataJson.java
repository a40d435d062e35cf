package dev.trustportal.api.platform;

import dev.trustportal.portal.securitykey.AllowListedModel;
import dev.trustportal.portal.securitykey.FidoMetadataSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The uploaded FIDO metadata (MDS3): its serial {@code no}, {@code nextUpdate} and {@code overdue}
 * once that date has passed, who uploaded it when, how many {@code entries} it holds, and the
 * platform's allow-listed models as it describes them. {@code uploaded} is false (and the rest
 * null) while none is uploaded.
 */
public record FidoMetadataJson(
    boolean uploaded,
    Long no,
    LocalDate nextUpdate,
    boolean overdue,
    String uploadedBy,
    Instant uploadedAt,
    int entries,
    List<ModelJson> allowListed,
    List<String> warnings) {

  /**
   * An allow-listed model: {@code listing} LISTED, NOT_LISTED (the metadata does not list the
   * AAGUID) or OTHER_ROOT (listed under attestation roots the platform does not have); the latest
   * {@code status} and its date; {@code compromised} when that status suspends keys; {@code
   * rootsKnown} when the metadata lists attestation roots for it.
   */
  public record ModelJson(
      String aaguid,
      String model,
      String listing,
      String status,
      LocalDate statusDate,
      boolean compromised,
      boolean rootsKnown) {

    static ModelJson of(AllowListedModel m) {
      return new ModelJson(
          m.aaguid().toString(),
          m.model(),
          m.listing().name(),
          m.status(),
          m.statusDate(),
          m.compromised(),
          m.rootsKnown());
    }
  }

  static FidoMetadataJson of(FidoMetadataSummary view) {
    return new FidoMetadataJson(
        view.uploaded(),
        view.serial(),
        view.nextUpdate(),
        view.overdue(),
        view.uploadedBy(),
        view.uploadedAt(),
        view.entries(),
        view.allowListed().stream().map(ModelJson::of).toList(),
        warnings(view));
  }

  private static List<String> warnings(FidoMetadataSummary view) {
    List<String> overdue =
        view.overdue()
            ? List.of(
                "The metadata's nextUpdate ("
                    + view.nextUpdate()
                    + ") has passed: download the current blob from https://mds3.fidoalliance.org/"
                    + " and upload it.")
            : List.of();
    List<String> mismatches =
        view.uploaded()
            ? view.mismatches().stream()
                .map(
                    m ->
                        "Allow-listed model "
                            + m.model()
                            + " ("
                            + m.aaguid()
                            + ") is "
                            + (m.listing() == AllowListedModel.Listing.NOT_LISTED
                                ? "not listed in the" + " metadata."
                                : "listed under attestation roots the platform does not have."))
                .toList()
            : List.of();
    return java.util.stream.Stream.concat(overdue.stream(), mismatches.stream()).toList();
  }
}
