/**
 * The audit log: every event worth answering for (an organisation created, a sign-in, a refused
 * access) is appended to a hash chain, one chain per organisation plus the platform chain for
 * events of no organisation, so that an organisation's chain can be verified without another
 * tenant's data. {@link dev.trustportal.portal.audit.AuditLog} is the use-case service; {@link
 * dev.trustportal.portal.audit.HashChain} holds the pure hashing and verification logic; the entity
 * and the {@link dev.trustportal.portal.audit.AuditEvents} gateway stay inside portal-services.
 */
package dev.trustportal.portal.audit;
