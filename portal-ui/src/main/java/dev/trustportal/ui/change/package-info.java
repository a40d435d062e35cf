/**
 * Change requests of trust as people follow them: the organisation's list, filtered by state and
 * paged in the database; a repository's recent changes that refresh while one is on its way to
 * notary-server; their details (payload, digest, progress, failure); and the state badge and
 * translated summaries the other pages share. Filing changes is the repository pages' business.
 */
package dev.trustportal.ui.change;
