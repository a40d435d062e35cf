/**
 * The JPA implementation of the audit event gateway, with the PostgreSQL advisory lock that
 * serialises appends to one chain. Kept apart so that portal-ui never reaches persistence code.
 */
package dev.trustportal.portal.audit.internal;
