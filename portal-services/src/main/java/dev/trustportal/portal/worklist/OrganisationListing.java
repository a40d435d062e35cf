package dev.trustportal.portal.worklist;

import dev.trustportal.portal.membership.MemberRole;
import java.time.Instant;

/**
 * One row of the organisations list: what a person needs to pick where to work, without opening
 * each.
 *
 * @param role the caller's role there
 * @param pendingChanges changes filed, approved or being published: not yet on notary-server
 */
public record OrganisationListing(
    String name,
    Instant createdAt,
    MemberRole role,
    long repositories,
    long members,
    long pendingChanges) {}
