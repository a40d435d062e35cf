package dev.trustportal.notary.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * {@code expires} as Go writes it: RFC 3339 UTC with nanoseconds, trailing zeros trimmed (facts
 * §4).
 */
public final class Rfc3339 {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private Rfc3339() {}

  public static String format(Instant instant) {
    OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC);
    String text = SECONDS.format(utc);
    int nanos = utc.getNano();
    if (nanos != 0) {
      String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
      text += "." + fraction;
    }
    return text + "Z";
  }

  /** Accepts 0 to 9 fractional digits and any offset, as notary-server does. */
  public static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an RFC 3339 time: " + text, e);
    }
  }

  /**
   * Go's time.Time.String() form used in notary's expiry errors, e.g. {@code Wed Jan 1 00:00:00 UTC
   * 2020}.
   */
  public static String goDate(Instant instant) {
    OffsetDateTime t = instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
    return DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", java.util.Locale.ROOT)
        .format(t);
  }
}
