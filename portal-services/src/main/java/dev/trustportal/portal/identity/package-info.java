/**
 * Local accounts of the embedded default: the {@link dev.trustportal.portal.identity.Account}
 * entity, the {@link dev.trustportal.portal.identity.Username} primitive, password hashing, the use
 * cases of {@link dev.trustportal.portal.identity.AccountService} (verification for the web tier's
 * identity store, creation and listing by platform admins), the creation of the first platform
 * admin at start, {@link dev.trustportal.portal.identity.CallerContext} (who is calling, and
 * whether they see every tenant) and the role names ({@link dev.trustportal.portal.common.Roles})
 * that every module uses in security annotations.
 */
package dev.trustportal.portal.identity;
