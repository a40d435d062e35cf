/**
 * The browser's WebAuthn API from Vaadin views: runs {@code navigator.credentials.create} and
 * {@code .get} in the page with the server's options, and hands back {@code
 * PublicKeyCredential.toJSON()} of the result, which the services verify.
 */
package dev.trustportal.ui.webauthn;
