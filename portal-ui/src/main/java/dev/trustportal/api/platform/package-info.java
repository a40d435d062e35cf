/**
 * The REST resources of the platform's own settings ({@code /api/v1/platform/...}), for platform admins:
 * which security keys the platform accepts.
 */
package dev.trustportal.api.platform;
