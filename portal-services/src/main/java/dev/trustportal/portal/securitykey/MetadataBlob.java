package dev.trustportal.portal.securitykey;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A verified FIDO Metadata Service blob (MDS3 §3.1.6 MetadataBLOBPayload): its serial number, when
 * the next one is due, and the models it lists by AAGUID (entries without an AAGUID, U2F and UAF
 * models, are left out: registration looks models up by AAGUID).
 *
 * @param entryCount how many entries the blob holds, with and without AAGUID
 */
public record MetadataBlob(
    long serial, LocalDate nextUpdate, int entryCount, Map<UUID, MetadataEntry> entries) {

  public MetadataBlob {
    Objects.requireNonNull(nextUpdate, "nextUpdate");
    entries = Map.copyOf(entries);
  }

  /**
   * MDS3 §3.2 step 7: a blob whose serial is not above the stored one's is a replay (or old news).
   *
   * @throws InvalidMetadataBlobException STALE_SERIAL when it is not newer
   */
  public void requireNewerThan(Optional<Long> storedSerial) {
    storedSerial
        .filter(stored -> serial <= stored)
        .ifPresent(
            stored -> {
              throw new InvalidMetadataBlobException(
                  InvalidMetadataBlobException.Reason.STALE_SERIAL,
                  serial + " (stored: " + stored + ")");
            });
  }

  public Optional<MetadataEntry> entry(UUID aaguid) {
    return Optional.ofNullable(entries.get(aaguid));
  }
}
