package dev.trustportal.portal.securitykey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Where a key stands in an organisation: whether it counts for its approvals yet (see {@link
 * KeyStanding}). Runs in the caller's transaction.
 */
@ApplicationScoped
public class KeyStandings {

  private final KeyConfirmations confirmations;
  private final CoolingOffPeriod coolingOff;

  @Inject
  public KeyStandings(KeyConfirmations confirmations, CoolingOffPeriod coolingOff) {
    this.confirmations = confirmations;
    this.coolingOff = coolingOff;
  }

  /** For the CDI client proxy only. */
  protected KeyStandings() {
    this(null, null);
  }

  public KeyStanding of(SecurityKey key, String organisation) {
    return new KeyStanding(
        key.createdAt(),
        confirmations.approvalsRequiredSince(organisation),
        confirmations.find(key.id(), organisation),
        coolingOff.period());
  }

  /** When the key's cooling-off period ends. */
  public Instant coolsOffAt(SecurityKey key) {
    return key.createdAt().plus(coolingOff.period());
  }

  /**
   * The check of every approval's key: it must count for the organisation at the instant.
   *
   * @throws KeyCoolingOffException saying from when it will count
   */
  public void requireCountsFor(SecurityKey key, String organisation, Instant at) {
    KeyStanding standing = of(key, organisation);
    if (!standing.countsAt(at)) {
      throw new KeyCoolingOffException(key.name(), organisation, standing.coolsOffAt());
    }
  }

  /**
   * The check of a key approving for the platform: it counts once its cooling-off period has
   * passed.
   *
   * @throws KeyCoolingOffException saying from when it will count
   */
  public void requireCountsForPlatform(SecurityKey key, Instant at) {
    Instant countsFrom = coolsOffAt(key);
    if (at.isBefore(countsFrom)) {
      throw KeyCoolingOffException.forPlatform(key.name(), countsFrom);
    }
  }
}
