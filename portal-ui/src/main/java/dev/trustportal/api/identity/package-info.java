/**
 * The REST resources of local accounts ({@code /api/v1/users}): platform admins create and list
 * them. Passwords go in and never come out.
 */
package dev.trustportal.api.identity;
