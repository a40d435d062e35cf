package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.CustodianChallenge;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code PublicKeyCredentialRequestOptionsJSON} that asks the WebAuthn PRF extension to evaluate
 * each allowed key over its salt: {@code extensions.prf.evalByCredential} maps a credential ID to
 * {@code {"first": salt}}, all base64url (WebAuthn Level 3 §10.1.4). The browser returns {@code
 * clientExtensionResults.prf.results.first}.
 */
public record PrfRequestOptionsJson(
    String challenge,
    String rpId,
    List<Descriptor> allowCredentials,
    String userVerification,
    long timeout,
    Extensions extensions) {

  /** The extension inputs. */
  public record Extensions(Prf prf) {}

  /** The PRF inputs per credential. */
  public record Prf(Map<String, Values> evalByCredential) {}

  /** One PRF input. */
  public record Values(String first) {}

  public static PrfRequestOptionsJson of(CustodianChallenge c) {
    Map<String, Values> eval = new TreeMap<>();
    c.prfSalts().forEach((credential, salt) -> eval.put(credential, new Values(salt)));
    var o = c.options();
    return new PrfRequestOptionsJson(
        o.challenge(),
        o.rpId(),
        Descriptor.all(o.allowCredentials()),
        o.userVerification(),
        o.timeoutMillis(),
        new Extensions(new Prf(eval)));
  }
}
