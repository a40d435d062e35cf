package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.membership.CustodianLoss;
import dev.trustportal.portal.membership.CustodianLosses;
import dev.trustportal.portal.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one rule on custodians leaving, for the members page's warning and the membership service's
 * refusal alike: in OWNERS custody, an owner who is a custodian and without whom fewer than M
 * custodians remain takes away the custodians' ability to change their repositories' roots.
 */
@ApplicationScoped
public class CustodianDepartures implements CustodianLosses {

  // Field injection, as the feature's other beans.
  @Inject Custodians custodians;

  @Override
  public Optional<CustodianLoss> withoutOwner(Organisation org, String username) {
    RootCustody now = custodians.custodyOf(org);
    boolean custodian = now.custodians().stream().anyMatch(c -> c.username().equals(username));
    int left = now.custodians().size() - 1;
    if (now.mode() != CustodyMode.OWNERS || !custodian || left >= now.threshold()) {
      return Optional.empty();
    }
    return Optional.of(new CustodianLoss(username, left, now.threshold()));
  }
}
