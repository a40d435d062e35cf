/**
 * JPA and SQL behind the change gateways: change requests and approvals through the entity manager,
 * the approval policy and the outbox in native PostgreSQL (the outbox claims with {@code FOR UPDATE
 * SKIP LOCKED}, which JPQL cannot say).
 */
package dev.trustportal.portal.change.internal;
