/**
 * The REST resources of an organisation's webhooks ({@code /api/v1/orgs/{org}/webhooks}): register,
 * list, delete, read the delivery log, send a test event. Owners only, as portal-services decides.
 */
package dev.trustportal.api.webhook;
