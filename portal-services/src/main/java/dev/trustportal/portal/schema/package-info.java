/**
 * The database schema: {@link dev.trustportal.portal.schema.SchemaMigration} applies the Flyway SQL
 * migrations under {@code db/migration/portal} when the application starts, before any bean that
 * uses the database. Hibernate never creates or alters tables; the migrations are the one source of
 * truth.
 */
package dev.trustportal.portal.schema;
