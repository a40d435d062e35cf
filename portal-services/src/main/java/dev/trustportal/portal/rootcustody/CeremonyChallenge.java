package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.securitykey.CustodianChallenge;

/**
 * What a custodian touches: the ceremony, and options whose challenge is bound to its digest, with
 * PRF salts.
 */
public record CeremonyChallenge(RootCeremony ceremony, CustodianChallenge challenge) {}
