/**
 * Repositories: the registry repositories of an organisation and their trust data on notary-server.
 * This package holds the use-case services {@link
 * dev.trustportal.portal.repository.RepositoryService} and {@link
 * dev.trustportal.portal.repository.RepositoryImport} (a repository published with a notary client,
 * whose key files are checked against the published root and then held), the {@link
 * dev.trustportal.portal.repository.RepositoryName} domain primitive, the entity and the {@link
 * dev.trustportal.portal.repository.Repositories} gateway, and the read models: {@link
 * dev.trustportal.portal.repository.RepositorySummary} for lists and {@link
 * dev.trustportal.portal.repository.TrustDetails} for the verified roles, signers and tags. Only
 * records leave towards portal-ui.
 */
package dev.trustportal.portal.repository;
