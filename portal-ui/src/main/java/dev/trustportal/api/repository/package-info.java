/**
 * The repositories endpoints of the REST API ({@code /api/v1/orgs/{org}/repositories} and {@code
 * /api/v1/orgs/{org}/repository-imports}) and their JSON records. They translate HTTP into the use
 * cases of {@link dev.trustportal.portal.repository.RepositoryService} and {@link
 * dev.trustportal.portal.repository.RepositoryImport} and nothing more: validation, permissions and
 * the talk with notary-server are the service's.
 */
package dev.trustportal.api.repository;
