package dev.trustportal.api;

import dev.trustportal.portal.common.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Resources and providers are found by scanning (no {@code getClasses} override).
 * Every endpoint needs a signed-in caller (HTTP Basic, or an API token as Bearer or Basic
 * password); the authentication mechanism answers 401 otherwise.
 */
@ApplicationPath("api/v1")
@DeclareRoles(Roles.PLATFORM_ADMIN)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Trust Portal API",
            version = "1",
            description = "Administers Docker Content Trust for the organisations of a registry."),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description =
        "Username and password, or the username of an API token and the token as password.")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "An API token (tp_<id>_<secret>) from /api/v1/me/tokens or"
            + " /api/v1/orgs/{org}/robot-tokens.")
public class PortalApi extends Application {}
