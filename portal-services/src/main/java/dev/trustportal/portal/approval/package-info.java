/**
 * Approving with security keys, for anything approvable: the organisation's approval policy
 * (approvals per type, self-approval, open period, which keys count), challenges bound to a
 * subject's digest, the assertion that counts as one person's approval, counting against a {@link
 * dev.trustportal.portal.approval.Quorum}, and the refusals. Change requests and support cases plug
 * in as {@link dev.trustportal.portal.approval.ApprovalSubjects}, each with its digest, quorum and
 * what approval does.
 */
package dev.trustportal.portal.approval;
