/**
 * The REST resources of the platform's own settings ({@code /api/v1/platform/...}), for platform
 * admins: which security keys the platform accepts, and the list of all organisations (audited).
 */
package dev.trustportal.api.platform;
