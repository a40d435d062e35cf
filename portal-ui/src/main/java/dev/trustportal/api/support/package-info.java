/**
 * The support desk's REST API: {@code /api/v1/support/repositories}, the search across
 * organisations with each repository's trust health, and {@code /api/v1/support/cases} for support
 * staff (open, read, approve with a security key, carry out) and members of the case's organisation
 * (read, approve as owners), and the reset notice of a repository for every member of its
 * organisation.
 */
package dev.trustportal.api.support;
