/**
 * The members of an organisation in the browser: {@link dev.trustportal.ui.membership.MembersView}
 * at {@code orgs/:org/members}, its add-member form and the confirmation before a removal. The view
 * only shows what portal-services allows; the tenancy check happens there.
 */
package dev.trustportal.ui.membership;
