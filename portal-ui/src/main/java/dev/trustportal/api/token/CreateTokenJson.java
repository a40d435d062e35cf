package dev.trustportal.api.token;

import dev.trustportal.portal.token.CreateToken;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a token creation. */
@Schema(
    example =
        "{\"name\": \"ci\", \"expiresInDays\": 30, \"organisation\": \"acme\", \"repositories\":"
            + " [\"app\"], \"access\": \"WRITE\"}",
    description =
        "A new API token. For a robot token, organisation is the path's and ignored here.")
public record CreateTokenJson(
    @Schema(
            description =
                "Personal: 1-64 letters, digits, spaces, '.', '_', '-'. Robot: lowercase, it"
                    + " becomes the username robot$<org>$<name>.",
            required = true)
        String name,
    @Schema(description = "Days until it expires, 1 to 365; 90 if absent.") Integer expiresInDays,
    @Schema(
            description =
                "Personal tokens: the one organisation it reaches; absent for all of yours.")
        String organisation,
    @Schema(description = "Repository names within the organisation; absent or empty for all.")
        List<String> repositories,
    @Schema(
            description = "READ or WRITE.",
            required = true,
            enumeration = {"READ", "WRITE"})
        String access) {

  CreateToken command() {
    return new CreateToken(name, expiresInDays, organisation, repositories, access);
  }
}
