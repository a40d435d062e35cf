/**
 * Webhooks: an organisation's owners register HTTPS endpoints for event types (a change filed,
 * approved, published or failed; a signer request filed or decided; a support case opened or
 * carried out; a reset notice; a repository diverged or a role expiring). Events are taken from the
 * organisation's audit chain as it is appended, written to a delivery outbox in the same
 * transaction, and delivered by a worker with an HMAC-SHA256 signature, retried with backoff for 24
 * hours.
 */
package dev.trustportal.portal.webhook;
