package dev.trustportal.portal.securitykey;

import com.nimbusds.jose.JWSObject;
import dev.trustportal.portal.securitykey.InvalidMetadataBlobException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stored FIDO metadata blob, parsed once per serial number and instance: the real blob is
 * megabytes of JSON, and every registration and every check reads it. Its signature was verified on
 * upload.
 */
@ApplicationScoped
public class ParsedMetadata {

  private volatile MetadataBlob parsed;

  /**
   * The blob of the serial number, parsed from {@code jwt} unless this instance parsed it already.
   */
  public MetadataBlob of(long serial, Supplier<Optional<String>> jwt) {
    MetadataBlob cached = parsed;
    if (cached != null && cached.serial() == serial) {
      return cached;
    }
    MetadataBlob fresh = parse(jwt.get().orElseThrow());
    parsed = fresh;
    return fresh;
  }

  /** A blob verified just now, so that this instance need not parse it again. */
  public void remember(MetadataBlob blob) {
    parsed = blob;
  }

  private static MetadataBlob parse(String jwt) {
    try {
      return MetadataPayload.parse(JWSObject.parse(jwt).getPayload().toString());
    } catch (ParseException stored) {
      throw new InvalidMetadataBlobException(Reason.NOT_A_JWT, stored.getMessage());
    }
  }
}
