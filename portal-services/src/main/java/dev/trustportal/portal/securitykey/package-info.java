/**
 * Security keys (FIDO2 authenticators) of accounts: registration with an attestation policy, the
 * single-use challenges of WebAuthn ceremonies, and assertion verification with the signature
 * counter. Parsing and verifying go through WebAuthn4J; the checks that make a policy fail closed
 * (no {@code none} or self attestation, a chain to configured roots only, an AAGUID allow-list, no
 * synced credentials) are done here before WebAuthn4J's, so that each refusal names its reason.
 */
package dev.trustportal.portal.securitykey;
