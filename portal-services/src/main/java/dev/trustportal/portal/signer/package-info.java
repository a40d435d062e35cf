/**
 * Signers of a repository and their keys, as pure logic: the {@link
 * dev.trustportal.portal.signer.SignerName} domain primitive (docker trust's signer-name rule), and
 * {@link dev.trustportal.portal.signer.SignerKeys}, which turns a pasted PEM public key or X.509
 * certificate into the key object notary puts in a delegation, refusing what notary or the portal's
 * policy would not accept (weak RSA, curves other than P-256, Ed25519, certificates out of their
 * validity, private keys) with one exception type that says what is wrong and what is expected.
 */
package dev.trustportal.portal.signer;
