package dev.trustportal.portal.expiry;

import java.time.Instant;

/**
 * A role that expires within the warning window, or has expired.
 *
 * @param daysLeft whole days until it expires, rounded down (0 within the last day); negative once
 *     it has expired
 */
public record ExpiringRole(String role, Instant expires, long daysLeft) {

  public boolean expired() {
    return daysLeft < 0;
  }
}
