package dev.trustportal.ui.security.oidc;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What the provider's discovery document says (OpenID Connect Discovery 1.0 §3), as far as the
 * portal uses it.
 */
record ProviderMetadata(
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI jwksUri,
    Optional<URI> endSessionEndpoint) {

  /**
   * @throws OidcUnavailableException if a required endpoint is missing, or the document names
   *     another issuer than the configured one (Discovery §4.3: they must be identical)
   */
  static ProviderMetadata of(URI configuredIssuer, Map<String, Object> document) {
    String issuer = String.valueOf(document.get("issuer"));
    if (!issuer.equals(configuredIssuer.toString())) {
      throw new OidcUnavailableException("The provider at " + configuredIssuer + " calls itself '" + issuer
          + "': set portal.oidc.issuer to exactly the issuer of its discovery document.");
    }
    return new ProviderMetadata(
        issuer,
        required(document, "authorization_endpoint"),
        required(document, "token_endpoint"),
        required(document, "jwks_uri"),
        Optional.ofNullable(document.get("end_session_endpoint")).map(Object::toString).map(URI::create));
  }

  private static URI required(Map<String, Object> document, String name) {
    Object value = document.get(name);
    if (value == null) {
      throw new OidcUnavailableException("The provider's discovery document has no " + name + ".");
    }
    return URI.create(value.toString());
  }
}
