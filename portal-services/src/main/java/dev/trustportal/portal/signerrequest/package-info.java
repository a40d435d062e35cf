/**
 * Signer requests: any member of an organisation asks for a signer of one of its repositories with
 * a name and a PEM public key or certificate; owners and admins accept one, which files the
 * ADD_SIGNER change linked to the requester's account, or decline it with a reason; the requester
 * follows the outcome. The key is checked by the same rules as a signer an admin adds directly.
 */
package dev.trustportal.portal.signerrequest;
