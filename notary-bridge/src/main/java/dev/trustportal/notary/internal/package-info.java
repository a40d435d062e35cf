/**
 * Glue that is not part of the API: adapters joining the pure verifier to the HTTP client. It may
 * depend on every other bridge package except the entry point, and nothing outside the bridge
 * should use it.
 */
package dev.trustportal.notary.internal;
