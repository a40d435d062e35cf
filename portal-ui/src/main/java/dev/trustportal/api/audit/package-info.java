/**
 * The audit endpoints of the REST API: the chain of an organisation ({@code
 * /api/v1/orgs/{org}/audit}) and the platform chain ({@code /api/v1/platform/audit}), each paged
 * newest first and verifiable. They translate HTTP into {@link
 * dev.trustportal.portal.audit.AuditLog} and nothing more: permissions and the unknown-organisation
 * answer are the service's.
 */
package dev.trustportal.api.audit;
