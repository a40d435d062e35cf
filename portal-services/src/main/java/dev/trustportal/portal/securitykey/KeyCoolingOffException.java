package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An approval with a key that does not count for the organisation yet: registered after the organisation
 * required approvals, not confirmed by another owner, and within its cooling-off period. Nothing is
 * counted; the message says from when the key will count.
 */
public final class KeyCoolingOffException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final String keyName;
  private final String organisation;
  private final Instant countsFrom;

  public KeyCoolingOffException(String keyName, String organisation, Instant countsFrom) {
    this(keyName, organisation, countsFrom, roundedUp(countsFrom));
  }

  private KeyCoolingOffException(String keyName, String organisation, Instant countsFrom, Instant shown) {
    super("assertion_refused", "The security key '" + keyName + "' is new and within its cooling-off period: it"
        + " counts for " + organisation + " from " + shown + ", or as soon as another owner of " + organisation
        + " confirms it with their own security key on the organisation's page.", keyName, organisation, shown);
    this.keyName = keyName;
    this.organisation = organisation;
    this.countsFrom = countsFrom;
  }

  /** Whole seconds, never earlier than the instant itself. */
  private static Instant roundedUp(Instant instant) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    return seconds.equals(instant) ? seconds : seconds.plusSeconds(1);
  }

  public String keyName() {
    return keyName;
  }

  public String organisation() {
    return organisation;
  }

  public Instant countsFrom() {
    return countsFrom;
  }

  @Override
  public String messageKey() {
    return "error.assertion_refused.cooling_off";
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
