/**
 * The CDI producer of the application's {@link dev.trustportal.notary.NotaryBridge}, kept internal
 * so that features inject the bridge and never assemble one themselves.
 */
package dev.trustportal.portal.publishing.internal;
