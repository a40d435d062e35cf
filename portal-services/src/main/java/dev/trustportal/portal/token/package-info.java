/**
 * API tokens: personal tokens that act for their user and robot tokens that act for an organisation
 * (for CI). {@link dev.trustportal.portal.token.ApiTokenService} creates, lists and revokes them
 * and verifies a presented secret; {@link dev.trustportal.portal.token.TokenSecret} is the wire
 * format and its hashing; {@link dev.trustportal.portal.token.ApiToken} the stored token (only a
 * hash of its secret). What a verified token reaches ({@code TokenScope}) lives in the identity
 * package, beside {@code CallerContext}, because the tenancy check reads it.
 */
package dev.trustportal.portal.token;
