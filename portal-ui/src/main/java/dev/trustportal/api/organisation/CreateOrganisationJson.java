package dev.trustportal.api.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a request to create an organisation: {@code {"name": "acme", "owner": "alice"}};
 * without {@code owner}, the platform admin who creates it becomes its first owner.
 */
@Schema(example = "{\"name\": \"acme\", \"owner\": \"alice\"}")
public record CreateOrganisationJson(String name, String owner) {}
