/**
 * Verification of trust data, with no I/O: {@link dev.trustportal.notary.verify.TrustedMetadataSet}
 * applies the TUF client update chain one file at a time under a fixed reference time, and {@link
 * dev.trustportal.notary.verify.RepositoryVerifier} walks a whole repository through a {@link
 * dev.trustportal.notary.verify.MetadataSource}. Every failed check is its own exception naming the
 * role and the cause in notary's words, and signature checks return a {@link
 * dev.trustportal.notary.verify.VerificationResult} value so callers can show "2 of 3".
 */
package dev.trustportal.notary.verify;
