/**
 * The expiry radar of the REST API ({@code /api/v1/orgs/{org}/expiry-radar}): what the organisation
 * overview shows, for scripts and dashboards. It translates HTTP into {@link
 * dev.trustportal.portal.expiry.OrganisationRadar} and nothing more.
 */
package dev.trustportal.api.expiry;
