/**
 * The change endpoints of the REST API: filing signer and threshold changes of a repository ({@code
 * /api/v1/orgs/{org}/repositories/{repo}/signers...} and {@code .../roles/{role}/threshold}, each
 * 202 with the change request) and following them ({@code /api/v1/changes/{id}}, {@code
 * /api/v1/orgs/{org}/changes}). They translate HTTP into the use cases of {@link
 * dev.trustportal.portal.change.ChangeService} and nothing more.
 */
package dev.trustportal.api.change;
