/**
 * Pinned trust: per repository the root the portal trusts, the delegation keys it put into targets
 * and the highest version it has seen of every role. {@link
 * dev.trustportal.portal.pinning.TrustPins} reads a repository's trust data only as it verifies
 * against them, so the portal never signs on the word of whatever notary-server serves; a
 * repository whose data does not is diverged ({@link dev.trustportal.portal.pinning.Divergences})
 * until support resolves it with a root rotation or a reset. {@link
 * dev.trustportal.portal.pinning.PinCheck} is the pure part of the checks.
 */
package dev.trustportal.portal.pinning;
