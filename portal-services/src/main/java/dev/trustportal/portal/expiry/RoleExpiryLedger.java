package dev.trustportal.portal.expiry;

import java.time.Instant;
import java.util.List;

/** The role expiries the radar read last, per repository (V90), for the organisation overview. */
public interface RoleExpiryLedger {

  /** Replaces the repository's rows with what its trust data states now. */
  void replace(String gun, List<RoleExpiry> roles, Instant readAt);

  /** An organisation's roles, the nearest expiry first. */
  List<Row> nearest(String organisation, int offset, int limit);

  long count(String organisation);

  /**
   * The organisation's delegations expiring before {@code before}, the nearest first, with the
   * accounts linked to signers of their repository (to tell who may see them).
   */
  List<Row> delegationsBefore(String organisation, Instant before);

  /** One role of one repository. */
  record Row(String repository, String gun, String role, Instant expires) {}
}
