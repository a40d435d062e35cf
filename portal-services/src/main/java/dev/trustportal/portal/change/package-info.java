/**
 * Changes of a repository's trust as requests: the typed changes ({@link
 * dev.trustportal.portal.change.TrustChange}: add or remove a signer, add or remove a signer's key,
 * set a threshold) with their canonical payload and digest, the {@link
 * dev.trustportal.portal.change.ChangeRequest} lifecycle (FILED, APPROVED, PUBLISHING, PUBLISHED or
 * REJECTED / FAILED), the organisation's approval policy, and publishing: an outbox written with
 * the approval, drained by {@link dev.trustportal.portal.change.PublishingWorker} through {@link
 * dev.trustportal.portal.change.ChangePublisher}, which applies each change once through
 * notary-bridge. {@link dev.trustportal.portal.change.ChangeService} is the use-case facade
 * portal-ui talks to.
 */
package dev.trustportal.portal.change;
