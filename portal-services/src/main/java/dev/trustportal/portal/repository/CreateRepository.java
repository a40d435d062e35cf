package dev.trustportal.portal.repository;

/**
 * The command to create a repository in an organisation. The name stays a plain string so that the
 * service turns it into a {@link RepositoryName} and reports a bad one the same way to all callers.
 */
public record CreateRepository(String name) {}
