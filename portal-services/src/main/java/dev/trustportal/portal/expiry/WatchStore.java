package dev.trustportal.portal.expiry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The watcher's rows (V85): the findings of each repository, and its place in the changefeed. */
public interface WatchStore {

  /** Replaces the repository's findings with those of a read now. */
  void replaceFindings(String gun, List<Finding> findings);

  /** The findings of the last read, the most urgent kinds first. */
  List<Finding> findings(String gun);

  /** The change of notary-server's changefeed the watcher read last; empty before its first. */
  OptionalLong cursor();

  void moveCursor(long changeId, Instant at);

  /** When the watcher last read the repository. */
  Optional<Instant> readAt(String gun);

  /** When the repository was found diverged, while it is. */
  Optional<Instant> divergedAt(String gun);

  /** Makes the repositories of these GUNs due at once (they changed on notary-server). */
  int markChanged(Collection<String> guns);
}
