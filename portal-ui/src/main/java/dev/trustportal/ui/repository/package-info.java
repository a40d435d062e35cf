/**
 * The repository pages: the filtered, lazily paged list of an organisation's repositories with the
 * dialog that creates one (showing progress while notary-server initialises its trust data), and
 * the trust page of one repository with ready client configuration. On the trust page owners and
 * admins file changes of trust (add or remove a signer or a key, set a threshold) through dialogs
 * whose forms fire events; the dialogs call the use-case service and show its translated refusals
 * under the field they concern, and the page follows each change until it is published.
 */
package dev.trustportal.ui.repository;
