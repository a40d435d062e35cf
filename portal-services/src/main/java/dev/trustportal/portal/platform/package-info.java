/**
 * The state of the platform the portal runs on: {@link
 * dev.trustportal.portal.platform.PlatformStatus} probes the database, notary-server and
 * notary-signer and reports each as a {@link dev.trustportal.portal.platform.ComponentStatus}.
 * portal-ui turns these into MicroProfile readiness checks. The TLS material (CA, client
 * certificate and key) comes from MicroProfile Config.
 */
package dev.trustportal.portal.platform;
