package dev.trustportal.portal.approval;

import java.time.Instant;

/**
 * Who filed a subject and when: with it, the organisation's self-approval and open-period rules apply
 * (they do to changes, not to support cases, whose agent must approve and which have no open period).
 */
public record Filing(String requestedBy, Instant filedAt) {}
