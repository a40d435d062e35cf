package dev.trustportal.ui.component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as a person reads them: date and time in their language. */
public final class Times {

  private Times() {}

  /**
   * In the server's time zone, as the browser's is not known on the server. Every page shows
   * instants in this one format (the date spelled as the language does, the time to the minute), so
   * that two dates side by side never look like two kinds of thing.
   */
  public static String format(Instant instant, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(ZoneId.systemDefault())
        .format(instant);
  }

  /**
   * The same format as {@link #format}: grids once had a shorter one, and pages showed both side by
   * side.
   */
  public static String formatShort(Instant instant, Locale locale) {
    return format(instant, locale);
  }
}
