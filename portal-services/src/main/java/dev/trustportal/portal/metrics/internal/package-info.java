/** The SQL behind the portal's gauges. */
package dev.trustportal.portal.metrics.internal;
