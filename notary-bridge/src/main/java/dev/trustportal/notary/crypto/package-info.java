/**
 * Keys and signatures in notary's forms: the five key types and their key IDs (plain and
 * canonical), the three signature methods (raw r||s ECDSA, RSA-PSS, Ed25519), self-signed root
 * certificates in the profile of {@code notary init}, and private keys in the encrypted PKCS#8 PEM
 * form notary 0.7 can decrypt. Bouncy Castle is used for certificates and PEM parsing; signing uses
 * the JDK providers.
 */
package dev.trustportal.notary.crypto;
