/**
 * What operators watch, as MicroProfile Metrics on {@code /metrics} (OpenMetrics text that
 * Prometheus scrapes): the publishing outbox (changes waiting, age of the oldest), the time from
 * filing to PUBLISHED, publish failures by reason, approvals pending and refused sign-ins. Counts
 * of one instance are kept in memory; gauges read the shared database, so every instance reports
 * the same queue.
 */
package dev.trustportal.portal.metrics;
