/**
 * Organisations: the tenants that share the registry. This package holds the use-case service
 * {@link dev.trustportal.portal.organisation.OrganisationService}, its command and read-model
 * records, the {@link dev.trustportal.portal.organisation.OrganisationName} domain primitive, the
 * entity and the {@link dev.trustportal.portal.organisation.Organisations} gateway. Only records
 * leave this package's public API towards portal-ui; the entity stays inside portal-services.
 */
package dev.trustportal.portal.organisation;
