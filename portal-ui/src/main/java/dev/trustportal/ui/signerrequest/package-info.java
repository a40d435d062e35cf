/**
 * The signer requests of an organisation: owners and admins accept or decline them, other members
 * follow their own. Members ask for a signer on a repository's trust page.
 */
package dev.trustportal.ui.signerrequest;
