/**
 * The radar's and watcher's rows: what was announced, when each repository was last looked at
 * (V70), what the watcher found and where it is in notary-server's changefeed (V85).
 */
package dev.trustportal.portal.expiry.internal;
