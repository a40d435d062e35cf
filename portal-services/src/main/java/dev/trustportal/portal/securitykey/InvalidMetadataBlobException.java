package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;
import java.util.Locale;

/** An uploaded FIDO metadata blob the portal refuses; nothing is stored. */
public final class InvalidMetadataBlobException extends PortalException {

  private static final long serialVersionUID = 1L;

  /** Why the blob was refused. */
  public enum Reason {
    NOT_A_JWT(
        "The metadata is not a signed JWT (header.payload.signature, base64url), as"
            + " https://mds3.fidoalliance.org/ serves it: %s"),
    NO_CERTIFICATE_CHAIN(
        "The metadata's JWT header holds no certificate chain (x5c): the portal cannot tell"
            + " who signed it."),
    UNTRUSTED_CHAIN(
        "The metadata's signing certificate does not chain to the FIDO Metadata Service root the"
            + " platform trusts: %s"),
    BAD_SIGNATURE(
        "The metadata's signature does not verify with its signing certificate: it was altered or"
            + " is not from the FIDO Metadata Service."),
    INVALID_PAYLOAD("The metadata's payload is not an MDS3 metadata BLOB: %s"),
    STALE_SERIAL(
        "The metadata's serial number %s is not newer than the one stored: upload a newer blob.");

    private final String text;

    Reason(String text) {
      this.text = text;
    }
  }

  private final Reason reason;

  public InvalidMetadataBlobException(Reason reason, Object detail) {
    super(
        "invalid_metadata_blob",
        String.format(Locale.ROOT, reason.text, detail),
        reason.name(),
        String.valueOf(detail));
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String messageKey() {
    return "error.invalid_metadata_blob." + reason.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
