/**
 * Tenancy: {@link dev.trustportal.portal.tenancy.Tenancy}, the one check that every org-scoped use
 * case runs before it reads or changes anything, so that a caller only ever reaches organisations
 * they belong to. It is decided in portal-services, never in the UI.
 */
package dev.trustportal.portal.tenancy;
