package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import java.util.Map;

/** What one publish uploaded: the version of each role file, and how many attempts it took (1 or 2). */
public record PublishResult(Gun gun, Map<RoleName, Integer> versions, int attempts) {
  public PublishResult {
    versions = Map.copyOf(versions);
  }
}
