package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.membership.CustodianLoss;
import dev.trustportal.portal.membership.CustodianLosses;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.Organisations;
import dev.trustportal.portal.securitykey.CustodianKeyLoss;
import dev.trustportal.portal.securitykey.CustodianKeyLosses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one rule on custodians leaving, for the members page's warning and the membership service's
 * refusal alike: in OWNERS custody, an owner who is a custodian and without whom fewer than M
 * custodians remain takes away the custodians' ability to change their repositories' roots. So does
 * removing a custodian's key: their root keys are wrapped for it alone.
 */
@ApplicationScoped
public class CustodianDepartures implements CustodianLosses, CustodianKeyLosses {

  // Field injection, as the feature's other beans.
  @Inject Custodians custodians;
  @Inject Organisations organisations;

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

  @Override
  public Optional<CustodianKeyLoss> withoutKey(String organisation, String username, long keyId) {
    Optional<Organisation> org = organisations.find(new OrganisationName(organisation));
    if (org.isEmpty()) {
      return Optional.empty();
    }
    RootCustody now = custodians.custodyOf(org.get());
    boolean custodianKey =
        now.custodians().stream()
            .anyMatch(c -> c.username().equals(username) && c.securityKeyId() == keyId);
    int left = now.custodians().size() - 1;
    if (now.mode() != CustodyMode.OWNERS || !custodianKey || left >= now.threshold()) {
      return Optional.empty();
    }
    return Optional.of(new CustodianKeyLoss(organisation, left, now.threshold()));
  }
}
