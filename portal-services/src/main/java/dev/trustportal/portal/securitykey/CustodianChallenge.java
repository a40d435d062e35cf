package dev.trustportal.portal.securitykey;

import java.util.Map;

/**
 * Options for a touch that also evaluates the WebAuthn PRF extension: the assertion options and,
 * per allowed credential ID (base64url), the PRF input (base64url) for {@code
 * extensions.prf.evalByCredential}.
 */
public record CustodianChallenge(AssertionOptions options, Map<String, String> prfSalts) {

  public CustodianChallenge {
    prfSalts = Map.copyOf(prfSalts);
  }
}
