/** The JPA gateways of security keys and WebAuthn challenges. */
package dev.trustportal.portal.securitykey.internal;
