/**
 * The REST resources of accounts: platform admins create, list, read, change and disable them
 * ({@code /api/v1/users}); everyone reads their own account and changes their password ({@code
 * /api/v1/me}). Passwords go in and never come out.
 */
package dev.trustportal.api.identity;
