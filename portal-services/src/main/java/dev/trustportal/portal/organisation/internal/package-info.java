/**
 * The JPA implementation of the organisation gateway. It is kept apart so that the use cases depend
 * on an interface and portal-ui (checked by an ArchUnit test) never reaches persistence code.
 */
package dev.trustportal.portal.organisation.internal;
