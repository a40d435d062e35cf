package dev.trustportal.api.repository;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a request to create a repository: {@code {"name": "app"}} or {@code {"name":
 * "team/app"}}.
 */
@Schema(example = "{\"name\": \"team/app\"}")
public record CreateRepositoryJson(String name) {}
