/**
 * Single sign-on with an OpenID Connect provider (Keycloak), the web tier's half: the authorization
 * code flow with PKCE (RFC 7636, S256) run by {@link dev.trustportal.ui.security.oidc.SsoServlet}
 * at {@code /sso/login} and {@code /sso/callback}, the verification of ID tokens ({@link
 * dev.trustportal.ui.security.oidc.IdTokenVerifier}) and access tokens, the identity store that
 * turns a verified token into a portal caller, and RP-initiated logout. The protocol itself
 * (discovery, the requests, token validation) is Nimbus' OAuth 2.0 / OpenID Connect SDK ({@code
 * com.nimbusds:oauth2-oidc-sdk}); this package wires it into the portal's one authentication
 * mechanism, which also serves the REST API. Payara's
 * {@code @OpenIdAuthenticationMechanismDefinition} is not used because that implementation (Soteria
 * 3.0.3.payara-p2 in Payara 6.2025.9) sends no PKCE parameters, is fixed at compile time and would
 * replace that one mechanism. Everything is configured by MicroProfile Config ({@link
 * dev.trustportal.ui.security.oidc.OidcConfig}); without {@code portal.oidc.issuer} none of it is
 * active.
 */
package dev.trustportal.ui.security.oidc;
