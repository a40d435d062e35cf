/**
 * The "Security keys" view, where a user registers, names, lists and removes their FIDO2 security
 * keys, and the part of an organisation's page where its owners confirm each other's new keys.
 */
package dev.trustportal.ui.securitykey;
