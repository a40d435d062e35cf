package dev.trustportal.portal.expiry;

import java.time.Instant;
import java.util.List;

/** What the radar announced, and when it last read each repository (V70). */
public interface ExpiryAnnouncements {

  /** Takes the radar's transaction-scoped advisory lock; false when another instance holds it. */
  boolean lockRadar();

  /**
   * GUNs of initialised, not diverged repositories not read since {@code readBefore}, never read
   * ones first, then the longest unread.
   */
  List<String> due(Instant readBefore, int limit);

  /**
   * Records the announcement of the role's expiry unless it was made before; true if this call
   * recorded it.
   */
  boolean announce(String gun, String role, Instant expires, Instant at);

  void read(String gun, Instant at);

  /** The role expiries announced for the repository, the nearest first. */
  List<RoleExpiry> announced(String gun);
}
