/**
 * The repository pages: the filtered, lazily paged list of an organisation's repositories with the
 * dialog that creates one (showing progress while notary-server initialises its trust data), and the
 * trust view of one repository with ready client configuration. The form fires events; the views call
 * the use-case service and show its translated failures.
 */
package dev.trustportal.ui.repository;
