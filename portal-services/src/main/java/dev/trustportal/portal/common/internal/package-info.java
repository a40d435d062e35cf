/**
 * Persistence helpers shared by the JPA gateways of every feature, such as recognising a
 * unique-constraint violation; only {@code *.internal} packages use them.
 */
package dev.trustportal.portal.common.internal;
