package dev.trustportal.notary.server;

/** 404 {@code METADATA_NOT_FOUND}: unknown GUN, role, version or hash. */
public final class MetadataNotFoundException extends NotaryServerException {
  public MetadataNotFoundException(String message, String detail) {
    super(404, "METADATA_NOT_FOUND", message, detail);
  }
}
