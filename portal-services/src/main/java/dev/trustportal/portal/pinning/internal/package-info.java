/**
 * The pins in PostgreSQL (tables {@code pinned_root} and {@code pinned_floor}, V35) through native
 * SQL.
 */
package dev.trustportal.portal.pinning.internal;
