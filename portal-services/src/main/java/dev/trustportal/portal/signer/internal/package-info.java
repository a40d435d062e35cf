/** JPA implementations of the signer package's gateways: signer links in PostgreSQL. */
package dev.trustportal.portal.signer.internal;
