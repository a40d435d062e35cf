/**
 * The REST resources of an organisation's members ({@code /api/v1/orgs/{org}/members}). Who may
 * read or change them is decided by portal-services' tenancy check, not here.
 */
package dev.trustportal.api.membership;
