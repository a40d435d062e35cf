package dev.trustportal.portal.audit;

import java.util.Objects;

/**
 * The command to append an event to an audit chain.
 *
 * @param organisation the organisation whose chain gets the event, or {@code null} for the platform
 *     chain
 * @param actor who did it: a username, or {@value #ANONYMOUS} when nobody is signed in
 * @param action what was done, as a dotted verb such as {@code organisation.created}
 * @param target what it was done to (may be {@code null})
 * @param detail free text for a human reader (may be {@code null})
 */
public record AuditRecord(
    String organisation,
    String actor,
    String action,
    String target,
    Outcome outcome,
    String detail) {

  public static final String ANONYMOUS = "anonymous";
  static final int MAX_ACTOR = 255;
  static final int MAX_ACTION = 64;

  public AuditRecord {
    actor = actor == null || actor.isBlank() ? ANONYMOUS : truncate(actor, MAX_ACTOR);
    Objects.requireNonNull(action, "action");
    if (action.isBlank() || action.length() > MAX_ACTION) {
      throw new IllegalArgumentException("An audit action is 1 to " + MAX_ACTION + " characters.");
    }
    Objects.requireNonNull(outcome, "outcome");
  }

  /** An event of the platform chain, for things that belong to no organisation. */
  public static AuditRecord platform(
      String actor, String action, String target, Outcome outcome, String detail) {
    return new AuditRecord(null, actor, action, target, outcome, detail);
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
