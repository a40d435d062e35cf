package dev.trustportal.portal.pinning;

import dev.trustportal.notary.tuf.Bytes;
import dev.trustportal.notary.tuf.RoleName;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The gateway to the pins; every method runs in the caller's transaction. */
public interface Pins {

  Optional<Pin> find(String gun);

  /**
   * Pins a root, replacing the pinned one; {@code fresh} also forgets the floors and the targets
   * keys.
   */
  void pinRoot(String gun, Bytes root, boolean fresh);

  /** Adds delegation keys the portal put into targets (never removes one). */
  void addTargetsKeys(String gun, Set<String> keyIds);

  /** Raises each role's floor to the version given if that is higher; never lowers one. */
  void raiseFloors(String gun, Map<RoleName, Integer> versions);

  /** Marks the repository of the GUN diverged unless it is; true if this call marked it. */
  boolean markDiverged(String gun, String finding, Instant at);

  /** Ends the divergence; true if the repository was diverged. */
  boolean clearDivergence(String gun);

  Optional<String> divergence(String gun);

  /** The name of the organisation whose repository has the GUN. */
  Optional<String> organisationOf(String gun);

  /** The diverged repositories, the most recent first. */
  List<DivergedRepository> diverged(int limit);
}
