/**
 * The organisations pages: the lazily paged list of organisations with the form to create one, and
 * an organisation's overview (its counts of repositories, members and pending changes, each leading
 * to its page). The form only collects input and fires events; the views call the use-case services
 * and show their translated failures where they belong.
 */
package dev.trustportal.ui.organisation;
