/**
 * The REST face of signer requests: any member asks for a signer of a repository, owners and admins
 * list, accept and decline them, and requesters follow their own at {@code
 * /api/v1/me/signer-requests}.
 */
package dev.trustportal.api.signerrequest;
