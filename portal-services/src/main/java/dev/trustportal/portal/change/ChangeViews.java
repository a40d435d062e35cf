package dev.trustportal.portal.change;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustportal.notary.tuf.RoleName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** Maps the entity to its read model, and the published versions to and from their stored JSON. */
final class ChangeViews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ChangeViews() {}

  static ChangeDetails of(ChangeRequest r, int approvalsGiven) {
    return new ChangeDetails(
        r.id(),
        r.organisation().name().value(),
        r.repository().name().value(),
        r.gun().value(),
        r.type(),
        r.state(),
        r.summary(),
        r.payload(),
        r.digest(),
        r.requestedBy(),
        r.filedAt(),
        r.updatedAt(),
        r.attempts(),
        r.nextAttemptAt(),
        r.lastError(),
        r.failure(),
        approvalsGiven,
        r.approvalsNeeded(),
        r.publishedVersions().map(ChangeViews::versions).orElse(Map.of()));
  }

  static String versionsJson(Map<RoleName, Integer> versions) {
    Map<String, Integer> byName = new TreeMap<>();
    versions.forEach((role, version) -> byName.put(role.value(), version));
    try {
      return JSON.writeValueAsString(byName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Integer> versions(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Integer>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("stored published versions are not JSON", e);
    }
  }
}
