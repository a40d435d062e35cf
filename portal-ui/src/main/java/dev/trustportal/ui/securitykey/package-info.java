/** The "Security keys" view: a user registers, names, lists and removes their FIDO2 security keys. */
package dev.trustportal.ui.securitykey;
