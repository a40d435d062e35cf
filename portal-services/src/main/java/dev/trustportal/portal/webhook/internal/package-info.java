/** The webhook tables and outbox in PostgreSQL, and the HTTP client that delivers. */
package dev.trustportal.portal.webhook.internal;
