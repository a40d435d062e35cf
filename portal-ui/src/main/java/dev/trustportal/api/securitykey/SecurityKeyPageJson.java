package dev.trustportal.api.securitykey;

import java.util.List;

/**
 * A person's security keys in the API's list shape: one page (0) holding them all (a person has
 * few).
 */
public record SecurityKeyPageJson(List<SecurityKeyJson> items, int page, int size, long total) {

  static SecurityKeyPageJson of(List<SecurityKeyJson> keys) {
    return new SecurityKeyPageJson(keys, 0, Math.max(keys.size(), 1), keys.size());
  }
}
