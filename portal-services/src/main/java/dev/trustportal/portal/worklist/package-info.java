/**
 * What waits for the signed-in person: the changes and support cases of an organisation that need
 * their security key now, so that owners find them on the overview and in the navigation, and why
 * Approve would be refused on a change they cannot approve. A read model over the approval and
 * support features.
 */
package dev.trustportal.portal.worklist;
