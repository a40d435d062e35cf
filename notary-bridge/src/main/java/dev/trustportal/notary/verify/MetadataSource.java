package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.RoleName;
import java.util.Optional;

/**
 * Where the verifier gets file bytes from: the server, a cache or test fixtures. {@code listed} is
 * what the parent lists for the file (snapshot for root, targets and delegations; timestamp for
 * snapshot), so a source can fetch by hash as notary's client does; it is empty for timestamp.
 * Empty result: the file does not exist.
 */
@FunctionalInterface
public interface MetadataSource {
  Optional<byte[]> fetch(RoleName role, Optional<FileMeta> listed);
}
