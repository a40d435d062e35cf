package dev.trustportal.portal.graph;

import java.time.Instant;
import java.util.Optional;

/**
 * A role in the graph: root, targets or a delegation ({@code targets/releases}, {@code
 * targets/<signer>}), how many of its keys must sign, when it expires and how it fares.
 *
 * @param daysLeft whole days until it expires (negative once expired), with {@code expires}
 * @param portalSigns whether the portal holds its key and re-signs it (root, targets), or only its
 *     signers can (delegations)
 */
public record GraphRole(
    String name,
    int threshold,
    int keys,
    Optional<Instant> expires,
    Optional<Long> daysLeft,
    Mark mark,
    boolean portalSigns) {

  public String id() {
    return "role:" + name;
  }
}
