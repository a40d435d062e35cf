package dev.trustportal.portal.securitykey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustportal.portal.securitykey.AssertionRefusedException.Reason;
import java.util.Base64;
import java.util.Optional;

/**
 * An assertion with the WebAuthn PRF extension's result taken out (WebAuthn L3 §10.1.4): {@code
 * clientExtensionResults.prf.results.first}, base64url as {@code PublicKeyCredential.toJSON()}
 * writes it. The result is not signed by the authenticator: it proves nothing by itself, only by
 * opening what was wrapped for the key's enrolled public key. The rest of the assertion, with the
 * client extension results emptied, is what the assertion verifier reads (it knows no PRF).
 */
public record PrfAssertion(String assertionJson, Optional<byte[]> first) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Splits the PRF result off the browser's JSON. */
  public static PrfAssertion of(String json) {
    JsonNode tree;
    try {
      tree = JSON.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      throw new AssertionRefusedException(
          Reason.INVALID_ASSERTION,
          "expected the JSON of PublicKeyCredential.toJSON() for an assertion.");
    }
    if (!(tree instanceof ObjectNode assertion)) {
      throw new AssertionRefusedException(
          Reason.INVALID_ASSERTION,
          "expected the JSON of PublicKeyCredential.toJSON() for an assertion.");
    }
    JsonNode first =
        assertion.path("clientExtensionResults").path("prf").path("results").path("first");
    assertion.putObject("clientExtensionResults");
    Optional<byte[]> output = Optional.empty();
    if (first.isTextual()) {
      try {
        output = Optional.of(Base64.getUrlDecoder().decode(first.asText()));
      } catch (IllegalArgumentException notBase64url) {
        throw new AssertionRefusedException(
            Reason.INVALID_ASSERTION,
            "clientExtensionResults.prf.results.first must be base64url.");
      }
    }
    return new PrfAssertion(assertion.toString(), output);
  }

  @Override
  public String toString() {
    // Never print the PRF output.
    return "PrfAssertion[" + (first.isPresent() ? "with" : "without") + " a PRF result]";
  }
}
