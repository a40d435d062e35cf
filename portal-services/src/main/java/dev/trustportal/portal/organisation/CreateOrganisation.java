package dev.trustportal.portal.organisation;

/**
 * The command to create an organisation. The name stays a plain string here so that the service, not
 * each caller, turns it into an {@link OrganisationName} and reports a bad one the same way to all.
 */
public record CreateOrganisation(String name) {}
