/**
 * Approving changes of trust with security keys: the approval challenge bound to a change's digest, the
 * assertion that counts as one owner's approval, rejections, and the organisation's approval policy
 * (owners needed per type of change, self-approval, how long a request stays open). Counting and
 * queueing for publishing stay with {@link dev.trustportal.portal.change.ChangeService}.
 */
package dev.trustportal.portal.approval;
