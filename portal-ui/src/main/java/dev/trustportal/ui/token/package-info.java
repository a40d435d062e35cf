/**
 * The API token views: "API tokens" (the signed-in person's personal tokens) and an organisation's
 * robot tokens (for its owners and admins). A new token's secret is shown once, in {@link
 * dev.trustportal.ui.token.SecretDialog}; the services decide who may do what.
 */
package dev.trustportal.ui.token;
