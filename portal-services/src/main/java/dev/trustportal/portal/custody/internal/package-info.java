/**
 * Implementations behind key custody: the two keystores of the key-encryption key (a generated
 * PKCS#12 file for the embedded default, a PKCS#11 token through the JDK's SunPKCS11 provider), the
 * CDI producer that picks one from {@code portal.custody.keystore}, the JPA gateway of held keys,
 * and the adapter that supplies notary-bridge's {@link dev.trustportal.notary.publish.SigningKeys}
 * from them.
 */
package dev.trustportal.portal.custody.internal;
