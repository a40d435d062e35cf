/**
 * The organisations pages: the lazily paged list of organisations and the form to create one. The
 * form only collects input and fires events; the view calls the use-case service and shows its
 * translated failures where they belong.
 */
package dev.trustportal.ui.organisation;
