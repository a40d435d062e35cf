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
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(locale)
        .withZone(ZoneId.systemDefault())
        .format(instant);
  }
}
