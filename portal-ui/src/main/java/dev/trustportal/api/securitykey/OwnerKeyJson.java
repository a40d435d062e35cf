package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.OwnerKeySummary;
import java.time.Instant;
import java.util.List;

/**
 * A security key of one of the organisation's owners, with whether it counts for the organisation's
 * approvals.
 */
public record OwnerKeyJson(
    long id,
    String owner,
    String name,
    Instant registeredAt,
    boolean mine,
    KeyStandingJson standing) {

  static OwnerKeyJson of(OwnerKeySummary k) {
    return new OwnerKeyJson(
        k.id(), k.owner(), k.name(), k.registeredAt(), k.mine(), KeyStandingJson.of(k.standing()));
  }

  /** The API's list shape: one page (0) holding them all (an organisation has few owners). */
  public record Page(List<OwnerKeyJson> items, int page, int size, long total) {

    static Page of(List<OwnerKeyJson> keys) {
      return new Page(keys, 0, Math.max(keys.size(), 1), keys.size());
    }
  }
}
