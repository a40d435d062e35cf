/**
 * The expiry radar: a paced, cluster-safe job that reads each repository's trust data as it
 * verifies against its pins, and announces once, per repository, role and expiry, a role that
 * expires within the warning window ({@code repository.expiring} in the organisation's audit chain,
 * and so to webhooks); and the warnings the trust page shows for the same window.
 */
package dev.trustportal.portal.expiry;
