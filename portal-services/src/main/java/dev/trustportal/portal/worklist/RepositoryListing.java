package dev.trustportal.portal.worklist;

import dev.trustportal.portal.repository.RepositorySummary;

/**
 * One row of the repositories list: the repository with what its trust page would tell at a glance.
 *
 * @param signedTags tags that verify (each counted once, whichever roles sign it)
 * @param signers the signers (delegations) that may sign tags
 * @param pendingChanges its changes filed, approved or being published
 */
public record RepositoryListing(
    RepositorySummary repository,
    int signedTags,
    int signers,
    RepositoryTrustState state,
    long pendingChanges) {}
