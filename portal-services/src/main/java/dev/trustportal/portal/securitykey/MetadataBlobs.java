package dev.trustportal.portal.securitykey;

import java.util.Optional;

/** The persistence gateway of the uploaded FIDO metadata blob: at most one row. */
public interface MetadataBlobs {

  Optional<StoredMetadataBlob> find();

  /** The stored blob's serial number, without loading the blob. */
  Optional<Long> serial();

  void store(StoredMetadataBlob blob);
}
