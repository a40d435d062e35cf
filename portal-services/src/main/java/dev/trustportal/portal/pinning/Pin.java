package dev.trustportal.portal.pinning;

import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.RoleName;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the portal trusts of one repository: the root file it pinned, the delegation key IDs it put
 * into {@code targets}, and the highest version it has seen of each role (the rollback floors).
 */
public record Pin(
    String gun, Bytes root, Set<String> targetsKeyIds, Map<RoleName, Integer> floors) {
  public Pin {
    Objects.requireNonNull(gun);
    Objects.requireNonNull(root);
    targetsKeyIds = Set.copyOf(targetsKeyIds);
    floors = Map.copyOf(floors);
  }
}
