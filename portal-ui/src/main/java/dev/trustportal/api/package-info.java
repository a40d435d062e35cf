/**
 * The REST API at {@code /api/v1} (JAX-RS, JSON-B): the application class with its OpenAPI
 * description and the one set of exception mappers that turn every failure into {@code {"error":
 * code, "message": text}} with a fitting status, never a stack trace. Resources live in one
 * sub-package per feature.
 */
package dev.trustportal.api;
