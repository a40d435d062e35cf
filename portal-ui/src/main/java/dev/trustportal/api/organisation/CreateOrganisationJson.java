package dev.trustportal.api.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a request to create an organisation: {@code {"name": "acme"}}. */
@Schema(example = "{\"name\": \"acme\"}")
public record CreateOrganisationJson(String name) {}
