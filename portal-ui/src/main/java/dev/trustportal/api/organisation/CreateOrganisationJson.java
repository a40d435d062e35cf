package dev.trustportal.api.organisation;

/** The body of a request to create an organisation: {@code {"name": "acme"}}. */
public record CreateOrganisationJson(String name) {}
