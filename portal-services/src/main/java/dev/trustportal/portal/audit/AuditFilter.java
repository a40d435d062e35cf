package dev.trustportal.portal.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which events of a chain a reader wants, as GitHub's audit log and Keycloak's admin events filter
 * them. Every part is optional ({@code null}: no restriction). The filtering itself happens in the
 * database; this record only holds checked values.
 *
 * @param actor exactly this username
 * @param action exactly this action code, such as {@code change.filed}
 * @param gun events whose target is exactly this repository
 * @param outcome only events that ended so
 * @param from events at or after this instant
 * @param before events strictly before this instant
 * @param text words that the detail or the target contain, ignoring case
 */
public record AuditFilter(
    String actor,
    String action,
    String gun,
    Outcome outcome,
    Instant from,
    Instant before,
    String text) {

  /** Longer filter values match nothing the log can hold, and would only cost the database. */
  static final int MAX_LENGTH = 255;

  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

  public AuditFilter {
    actor = checked("actor", actor);
    action = checked("action", action);
    gun = checked("gun", gun);
    text = checked("q", text);
    if (from != null && before != null && !from.isBefore(before)) {
      throw new InvalidAuditFilterException(
          InvalidAuditFilterException.Reason.RANGE,
          "The date range ends before it starts: from "
              + from
              + " is not before "
              + before
              + ". Give a 'from' that is earlier than 'to'.",
          from.toString(),
          before.toString());
    }
  }

  /**
   * The filter from text, as query parameters give it: dates as {@code 2026-12-07} (whole days in
   * UTC; {@code to} includes its day) or as instants ({@code 2026-12-07T10:15:00Z}, {@code to}
   * included), outcomes by name in any case.
   *
   * @throws InvalidAuditFilterException with what is wrong and what is expected
   */
  public static AuditFilter parse(
      String actor, String action, String gun, String outcome, String from, String to, String q) {
    return new AuditFilter(
        actor, action, gun, outcome(outcome), start("from", from), end("to", to), q);
  }

  /** The filter for whole days, as a date picker gives them ({@code to} includes its day). */
  public static AuditFilter ofDays(
      String actor,
      String action,
      String gun,
      Outcome outcome,
      LocalDate from,
      LocalDate to,
      String q) {
    return new AuditFilter(
        actor,
        action,
        gun,
        outcome,
        from == null ? null : startOf(from),
        to == null ? null : startOf(to.plusDays(1)),
        q);
  }

  /** Whether nothing is restricted. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** The restrictions as {@code name=value} pairs, for the record of an export. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "actor", actor);
    add(parts, "action", action);
    add(parts, "gun", gun);
    add(parts, "outcome", outcome == null ? null : outcome.name());
    add(parts, "from", from == null ? null : from.toString());
    add(parts, "before", before == null ? null : before.toString());
    add(parts, "q", text);
    return parts.isEmpty() ? "no filter" : String.join(", ", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null) {
      parts.add(name + "=" + value);
    }
  }

  private static String checked(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new InvalidAuditFilterException(
          InvalidAuditFilterException.Reason.TOO_LONG,
          "The filter '" + name + "' is longer than " + MAX_LENGTH + " characters.",
          name,
          MAX_LENGTH);
    }
    return trimmed;
  }

  private static Outcome outcome(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Outcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidAuditFilterException(
          InvalidAuditFilterException.Reason.OUTCOME,
          "Unknown outcome '"
              + value
              + "': expected one of "
              + Arrays.toString(Outcome.values())
              + ".",
          value);
    }
  }

  private static Instant start(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    return isDay(text) ? startOf(day(name, text)) : instant(name, text);
  }

  /** The exclusive end: the day after a date, the next microsecond after an instant. */
  private static Instant end(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    // Events are stored to the microsecond (HashChain.storable), so this includes the instant.
    return isDay(text)
        ? startOf(day(name, text).plusDays(1))
        : instant(name, text).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
  }

  private static boolean isDay(String text) {
    return text.indexOf('T') < 0 && text.indexOf('t') < 0;
  }

  private static LocalDate day(String name, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException bad) {
      throw badDate(name, text);
    }
  }

  private static Instant instant(String name, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException bad) {
      throw badDate(name, text);
    }
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static InvalidAuditFilterException badDate(String name, String text) {
    return new InvalidAuditFilterException(
        InvalidAuditFilterException.Reason.DATE,
        "'"
            + name
            + "' is not a date: '"
            + text
            + "'. Expected a day such as 2026-12-07 (UTC) or an instant such as"
            + " 2026-12-07T10:15:00Z.",
        name,
        text);
  }
}
