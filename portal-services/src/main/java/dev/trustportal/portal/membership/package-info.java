/**
 * Memberships: who belongs to which organisation in which {@link
 * dev.trustportal.portal.membership.MemberRole}. It holds the use cases of {@link
 * dev.trustportal.portal.membership.MembershipService}, the {@link
 * dev.trustportal.portal.membership.Membership} entity with its last-owner rule, the gateway and
 * the exceptions. The tenancy check itself lives in {@code dev.trustportal.portal.tenancy}, reached
 * through the {@link dev.trustportal.portal.membership.TenantGuard} interface declared here.
 */
package dev.trustportal.portal.membership;
