package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Applies an approved custody setting. A new threshold of OWNERS custody, or the return to SERVER
 * custody, reaches a repository only through a root rotation its current custodians sign (M of the
 * old root, as notary requires), so applying it opens that rotation for every repository whose root
 * the custodians hold.
 */
@ApplicationScoped
class CustodySwitch {

  // Field injection, as the feature's other beans.
  @Inject CustodyChanges changes;
  @Inject OwnerHeldRotations rotations;

  /** Applies the setting; answers what it opened, in words for the audit event. */
  String apply(Organisation org, CustodyMode mode, int threshold, Instant at) {
    boolean fromOwners = changes.setting(org).mode() == CustodyMode.OWNERS;
    changes.apply(org, mode, threshold, at);
    if (!fromOwners) {
      List<String> handed = rotations.openForEveryServerRoot(org);
      return handed.isEmpty()
          ? ""
          : " Root ceremonies that hand each root to the custodians: "
              + String.join("; ", handed)
              + ".";
    }
    boolean toServer = mode == CustodyMode.SERVER;
    List<String> opened =
        rotations.openForEveryCustodiansRoot(
            org,
            toServer ? CeremonyOperation.RETURN_ROOT_TO_SERVER : CeremonyOperation.ROTATE_ROOT);
    if (opened.isEmpty()) {
      return " No repository's root is held by the custodians yet.";
    }
    return (toServer
            ? " Root ceremonies that return each root to the portal: "
            : " Root rotations to threshold " + threshold + ": ")
        + String.join("; ", opened)
        + ".";
  }
}
