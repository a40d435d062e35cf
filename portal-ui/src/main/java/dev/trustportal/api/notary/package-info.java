/**
 * The notary endpoint of the REST API ({@code /api/v1/notary}): where the portal's notary-server is
 * and which CA to trust for it, so that scripts can configure their docker and notary clients.
 */
package dev.trustportal.api.notary;
