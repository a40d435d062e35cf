/**
 * Owner-held roots (issue 22): an organisation's root custody (SERVER, the default, or OWNERS with
 * a threshold of custodians), the change that switches it (approved by the current quorum through
 * the approval capability), and root ceremonies, in which M custodians each open their own root key
 * with a security-key touch (WebAuthn PRF) to sign a repository's root. Unwrapped root keys and PRF
 * outputs live only in memory during a touch.
 */
package dev.trustportal.portal.rootcustody;
