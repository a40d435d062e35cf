package dev.trustportal.api.expiry;

import dev.trustportal.portal.expiry.DelegationWarning;
import dev.trustportal.portal.expiry.RadarEntry;
import dev.trustportal.portal.expiry.RadarPage;
import java.time.Instant;
import java.util.List;

/**
 * One page of an organisation's expiry radar, the nearest expiry first, and the delegations the
 * caller must see re-signed (only their signers can: the portal holds none of their keys).
 */
public record ExpiryRadarJson(
    List<Role> roles, long total, int page, int size, List<Delegation> delegationsToResign) {

  /**
   * A role by time left. {@code band}: EXPIRED, WEEK (under 7 days), MONTH (under 30 days) or
   * LATER. {@code signersResign}: a delegation, which only its signers can re-sign.
   */
  public record Role(
      String repository,
      String gun,
      String role,
      Instant expires,
      long daysLeft,
      String band,
      boolean signersResign) {

    static Role of(RadarEntry entry) {
      return new Role(
          entry.repository(),
          entry.gun(),
          entry.role(),
          entry.expires(),
          entry.daysLeft(),
          entry.band().name(),
          entry.signersResign());
    }
  }

  /** A delegation near or past its expiry: who can re-sign it and the command they run. */
  public record Delegation(
      String repository,
      String gun,
      String role,
      Instant expires,
      long daysLeft,
      List<String> signers,
      String command) {

    static Delegation of(DelegationWarning warning) {
      return new Delegation(
          warning.repository(),
          warning.gun(),
          warning.role(),
          warning.expires(),
          warning.daysLeft(),
          warning.signers(),
          warning.command());
    }
  }

  public static ExpiryRadarJson of(
      RadarPage radar, int page, int size, List<DelegationWarning> delegations) {
    return new ExpiryRadarJson(
        radar.entries().stream().map(Role::of).toList(),
        radar.total(),
        page,
        size,
        delegations.stream().map(Delegation::of).toList());
  }
}
