/**
 * Single sign-on, the services' half: people who signed in through an OpenID Connect provider
 * (Keycloak) get an account on their first sign-in, linked to the provider's subject by an {@link
 * dev.trustportal.portal.sso.ExternalIdentity} and without a password; and, when the portal is
 * configured to take memberships from a token claim, {@link
 * dev.trustportal.portal.sso.SingleSignOnService} keeps the memberships that claim granted in line
 * with it at every sign-in. A claim never creates an organisation. The protocol itself (the
 * authorization code flow, token verification) is the web tier's: it hands over verified claims
 * only.
 */
package dev.trustportal.portal.sso;
