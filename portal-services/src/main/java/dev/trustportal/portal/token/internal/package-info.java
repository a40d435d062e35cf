/** API tokens in PostgreSQL through JPA (the table comes from Flyway, V7). */
package dev.trustportal.portal.token.internal;
