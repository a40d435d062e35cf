package dev.trustportal.ui.component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as a person reads them: date and time in their language. */
public final class Times {

  private Times() {}

  /** In the server's time zone, as the browser's is not known on the server. */
  public static String format(Instant instant, Locale locale) {
    return format(instant, locale, FormatStyle.MEDIUM);
  }

  /** Compact, for grids with many columns: numeric date, time to the minute. */
  public static String formatShort(Instant instant, Locale locale) {
    return format(instant, locale, FormatStyle.SHORT);
  }

  private static String format(Instant instant, Locale locale, FormatStyle style) {
    return DateTimeFormatter.ofLocalizedDateTime(style)
        .withLocale(locale)
        .withZone(ZoneId.systemDefault())
        .format(instant);
  }
}
