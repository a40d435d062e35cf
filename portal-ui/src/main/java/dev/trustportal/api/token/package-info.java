/**
 * The REST resources of API tokens: the caller's personal tokens ({@code /api/v1/me/tokens}) and an
 * organisation's robot tokens ({@code /api/v1/orgs/{org}/robot-tokens}). Who may manage which is
 * decided by portal-services; a secret is in the answer to its creation only.
 */
package dev.trustportal.api.token;
