/**
 * {@code /api/v1/me/security-keys}: the caller's security keys, and the WebAuthn JSON shapes
 * ({@code PublicKeyCredentialCreationOptionsJSON}, {@code PublicKeyCredentialRequestOptionsJSON})
 * that the API and the browser glue of the UI both hand to {@code navigator.credentials}.
 */
package dev.trustportal.api.securitykey;
