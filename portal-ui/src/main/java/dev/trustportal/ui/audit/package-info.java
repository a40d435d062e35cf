/**
 * The audit page: pick a chain (the platform's or an organisation's), page through its events
 * newest first as the user scrolls, and verify its hash chain. The view only calls {@link
 * dev.trustportal.portal.audit.AuditLog}; who may read a chain is the service's decision.
 */
package dev.trustportal.ui.audit;
