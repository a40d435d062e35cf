/**
 * MicroProfile Health readiness checks for the database, notary-server and notary-signer. They only
 * adapt {@link dev.trustportal.portal.platform.PlatformStatus} of portal-services to the Health
 * API, so that the probes themselves stay free of web-tier APIs.
 */
package dev.trustportal.ui.health;
