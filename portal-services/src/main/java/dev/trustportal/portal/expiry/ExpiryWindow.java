package dev.trustportal.portal.expiry;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How far ahead an expiry is worth a warning ({@code portal.expiry.warning}, P30D by default): time
 * enough to re-sign before clients refuse the data. Pure.
 */
public record ExpiryWindow(Duration warning) {

  public static final ExpiryWindow DEFAULT = new ExpiryWindow(Duration.ofDays(30));

  /**
   * Timestamp lives 14 days and notary-server re-signs it itself: its expiry is nobody's task, so
   * it never warns.
   */
  private static final String TIMESTAMP = "timestamp";

  public ExpiryWindow {
    Objects.requireNonNull(warning, "warning");
    if (warning.isNegative() || warning.isZero()) {
      throw new IllegalArgumentException(
          "The expiry warning window must be positive, such as P30D; it was " + warning + ".");
    }
  }

  /**
   * The window of an ISO-8601 duration such as {@code P30D} or {@code PT12H}.
   *
   * @throws IllegalArgumentException saying what is expected
   */
  public static ExpiryWindow parse(String text) {
    try {
      return new ExpiryWindow(Duration.parse(String.valueOf(text).trim()));
    } catch (DateTimeParseException notADuration) {
      throw new IllegalArgumentException(
          "The expiry warning window '"
              + text
              + "' is no ISO-8601 duration: write it as P30D (30 days) or PT12H (12 hours).",
          notADuration);
    }
  }

  /** Whether a role expiring then is worth a warning now (it expires within the window). */
  public boolean warns(Instant expires, Instant now) {
    return expires.isBefore(now.plus(warning));
  }

  /** The roles that warn now, the nearest expiry first; timestamp never does. */
  public List<ExpiringRole> expiring(List<RoleExpiry> roles, Instant now) {
    return roles.stream()
        .filter(role -> !role.role().equals(TIMESTAMP))
        .filter(role -> warns(role.expires(), now))
        .sorted(Comparator.comparing(RoleExpiry::expires).thenComparing(RoleExpiry::role))
        .map(role -> new ExpiringRole(role.role(), role.expires(), daysLeft(role.expires(), now)))
        .toList();
  }

  /** Whole days from now until then, rounded towards the past: 0 within the last day, -1 after. */
  public static long daysLeft(Instant expires, Instant now) {
    return Math.floorDiv(
        Duration.between(now, expires).getSeconds(), Duration.ofDays(1).getSeconds());
  }
}
