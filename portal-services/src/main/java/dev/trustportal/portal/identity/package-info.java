/**
 * Local accounts of the embedded default: the {@link dev.trustportal.portal.identity.Account} entity,
 * password hashing, the verification use case that the web tier's identity store calls, the creation
 * of the first platform admin at start, and the role names ({@link
 * dev.trustportal.portal.identity.Roles}) that every module uses in security annotations.
 */
package dev.trustportal.portal.identity;
