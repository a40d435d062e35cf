/**
 * The portal as the token service of notary-server (Docker's token authentication, as notary-server
 * implements it: notary-auth-storage §1, notary-v1-facts §9): parsing the {@code scope} a client
 * asks for, the rules that decide which actions a caller gets on a GUN ({@link
 * dev.trustportal.portal.notaryauth.GrantRules}), minting the short-lived ES256/RS256 JWT that
 * notary-server verifies against its root certificate bundle, the portal's own {@code *} tokens for
 * the notary bridge, and the throttle on failed sign-ins at the token endpoint. Authenticating the
 * caller is the web tier's job; this package receives a verified username or none.
 */
package dev.trustportal.portal.notaryauth;
