package dev.trustportal.api.repository;

/** The body of a request to create a repository: {@code {"name": "app"}} or {@code {"name": "team/app"}}. */
public record CreateRepositoryJson(String name) {}
