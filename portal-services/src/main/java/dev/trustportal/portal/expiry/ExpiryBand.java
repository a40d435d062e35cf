package dev.trustportal.portal.expiry;

import java.time.Duration;
import java.time.Instant;

/**
 * How urgent an expiry is, in the radar's colour bands: expired, less than 7 days left, less than
 * 30 days left, later. Pure.
 */
public enum ExpiryBand {
  EXPIRED,
  WEEK,
  MONTH,
  LATER;

  private static final Duration A_WEEK = Duration.ofDays(7);
  private static final Duration A_MONTH = Duration.ofDays(30);

  public static ExpiryBand of(Instant expires, Instant now) {
    if (!expires.isAfter(now)) {
      return EXPIRED;
    }
    if (expires.isBefore(now.plus(A_WEEK))) {
      return WEEK;
    }
    return expires.isBefore(now.plus(A_MONTH)) ? MONTH : LATER;
  }
}
