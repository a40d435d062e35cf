package dev.trustportal.api.rootcustody;

import dev.trustportal.api.securitykey.PrfRequestOptionsJson;
import dev.trustportal.portal.rootcustody.CeremonyChallenge;

/**
 * What a custodian touches: the ceremony, and request options bound to its digest that evaluate
 * PRF.
 */
public record CeremonyChallengeJson(RootCeremonyJson ceremony, PrfRequestOptionsJson publicKey) {

  static CeremonyChallengeJson of(CeremonyChallenge c) {
    return new CeremonyChallengeJson(
        RootCeremonyJson.of(c.ceremony()), PrfRequestOptionsJson.of(c.challenge()));
  }
}
