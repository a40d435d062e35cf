/**
 * The platform admins' settings: the FIDO metadata (MDS3) that security keys are checked against,
 * with how it describes the models of the allow-list.
 */
package dev.trustportal.ui.platform;
