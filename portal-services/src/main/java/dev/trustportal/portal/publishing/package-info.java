/**
 * The portal's side of notary-server: the configured {@link dev.trustportal.notary.NotaryBridge}
 * (produced in {@code publishing.internal} from {@code portal.notary.url} and {@code
 * portal.notary.ca}, signing with the held keys of custody), what clients need to reach the same
 * server ({@link dev.trustportal.portal.publishing.NotaryEndpoint}), and the translation of the
 * bridge's failures into the two portal exceptions every feature reports: notary unavailable and
 * trust data invalid.
 */
package dev.trustportal.portal.publishing;
