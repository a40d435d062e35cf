/** JPA and SQL behind the support desk's gateways. */
package dev.trustportal.portal.support.internal;
