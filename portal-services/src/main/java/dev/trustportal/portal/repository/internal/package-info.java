/**
 * The JPA implementation of the repository gateway, kept apart so that the use cases depend on an
 * interface and portal-ui (checked by an ArchUnit test) never reaches persistence code.
 */
package dev.trustportal.portal.repository.internal;
