/**
 * The JPA implementation of the account gateway, kept apart so that use cases depend on an
 * interface and portal-ui never reaches persistence code.
 */
package dev.trustportal.portal.identity.internal;
