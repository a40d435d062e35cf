package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.securitykey.CustodianEnrolmentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who the custodians of an organisation are (its owners with a security key enrolled for PRF, one
 * key each) and which custody requests they allow: M of N with 2 <= M <= N where N >= 2, M = 1 with
 * one custodian.
 */
@ApplicationScoped
public class Custodians {

  // Field injection, as the feature's other beans.
  @Inject CustodyChanges changes;
  @Inject CustodianEnrolmentService enrolments;

  /** The threshold to keep, if OWNERS custody with it can be carried out now. */
  public int validated(Organisation org, CustodyMode mode, Integer threshold) {
    CustodyChanges.CustodySetting now = changes.setting(org);
    if (mode == CustodyMode.SERVER) {
      if (now.mode() == CustodyMode.SERVER) {
        throw new InvalidCustodyException(org.name().value() + " is in SERVER custody already");
      }
      // Each custodians' root comes back in a ceremony its old quorum signs.
      return 1;
    }
    int n = of(org).size();
    int m = threshold == null ? 0 : threshold;
    if (now.mode() == CustodyMode.OWNERS && now.threshold() == m) {
      throw new InvalidCustodyException(
          org.name().value() + " is in OWNERS custody with threshold " + m + " already");
    }
    if (n == 0) {
      throw new InvalidCustodyException(
          org.name().value()
              + " has no custodians yet (no owner enrolled a"
              + " security key with PRF)");
    }
    if (m > n || (n >= 2 && m < 2) || m < 1) {
      throw new InvalidCustodyException(
          "a threshold of " + m + " does not fit " + n + " custodians");
    }
    return m;
  }

  public RootCustody custodyOf(Organisation org) {
    CustodyChanges.CustodySetting setting = changes.setting(org);
    return new RootCustody(org.name().value(), setting.mode(), setting.threshold(), of(org));
  }

  public List<Custodian> of(Organisation org) {
    return enrolments.custodiansAmong(changes.owners(org)).stream()
        .map(e -> new Custodian(e.username(), e.keyId(), e.keyName()))
        .toList();
  }

  /** The enrolled keys of the custodians, for wrapping root keys to them. */
  public List<dev.trustportal.portal.securitykey.CustodianEnrolment> enrolments(Organisation org) {
    return enrolments.custodiansAmong(changes.owners(org));
  }
}
