/**
 * The organisations endpoints of the REST API ({@code /api/v1/orgs}) and their JSON records. They
 * translate HTTP into the use cases of {@link
 * dev.trustportal.portal.organisation.OrganisationService} and nothing more: validation and
 * permissions are the service's.
 */
package dev.trustportal.api.organisation;
