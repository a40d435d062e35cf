package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.common.PortalException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An approval with a key that does not count for the organisation yet: registered after the
 * organisation required approvals, not confirmed by another owner, and within its cooling-off
 * period. Nothing is counted; the message says from when the key will count.
 */
public final class KeyCoolingOffException extends PortalException {

  private static final long serialVersionUID = 1L;

  /** How the platform is named where an organisation would be. */
  private static final String PLATFORM = "the platform";

  private final String keyName;
  private final String organisation;
  private final Instant countsFrom;

  public KeyCoolingOffException(String keyName, String organisation, Instant countsFrom) {
    this(keyName, organisation, countsFrom, roundedUp(countsFrom));
  }

  private KeyCoolingOffException(
      String keyName, String organisation, Instant countsFrom, Instant shown) {
    this(
        "The security key '"
            + keyName
            + "' is new and within its cooling-off period: it counts for "
            + organisation
            + " from "
            + shown
            + ", or as soon as another owner of "
            + organisation
            + " confirms it with their own security key on the organisation's page.",
        keyName,
        organisation,
        countsFrom,
        shown);
  }

  private KeyCoolingOffException(
      String message, String keyName, String organisation, Instant countsFrom, Instant shown) {
    super("assertion_refused", message, keyName, organisation, shown);
    this.keyName = keyName;
    this.organisation = organisation;
    this.countsFrom = countsFrom;
  }

  /**
   * A key approving for the platform (a platform role request): nobody confirms it; it counts from
   * then.
   */
  public static KeyCoolingOffException forPlatform(String keyName, Instant countsFrom) {
    Instant shown = roundedUp(countsFrom);
    return new KeyCoolingOffException(
        "The security key '"
            + keyName
            + "' is new and within its cooling-off"
            + " period: it counts for approvals of the platform from "
            + shown
            + ".",
        keyName,
        PLATFORM,
        countsFrom,
        shown);
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
    return organisation.equals(PLATFORM)
        ? "error.assertion_refused.cooling_off_platform"
        : "error.assertion_refused.cooling_off";
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
