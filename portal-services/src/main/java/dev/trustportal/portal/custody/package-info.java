/**
 * Key custody: the root and targets private keys the portal holds for repositories, sealed at rest
 * with AES-256-GCM under a key-encryption key ({@link
 * dev.trustportal.portal.custody.KeyEncryptionKey}) that stays in a keystore (a PKCS#11 token in
 * production, a generated PKCS#12 file in the embedded default). {@link
 * dev.trustportal.portal.custody.KeyVault} seals and opens keys and binds each sealed key to its
 * {@link dev.trustportal.portal.custody.KeyRef} (repository, role, key ID) as additional
 * authenticated data, so a sealed key copied to another row does not open. {@link
 * dev.trustportal.portal.custody.HeldKey} is the stored form; plaintext keys are never persisted
 * and never leave portal-services.
 */
package dev.trustportal.portal.custody;
