/** The radar's rows: what was announced and when each repository was last looked at (V70). */
package dev.trustportal.portal.expiry.internal;
