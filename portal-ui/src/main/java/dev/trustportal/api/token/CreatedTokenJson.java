package dev.trustportal.api.token;

import dev.trustportal.portal.token.CreatedToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new token with its secret: the only answer that ever contains it. */
public record CreatedTokenJson(
    TokenJson token,
    @Schema(
            description =
                "tp_<id>_<secret>: shown once, store it now. Use it as 'Authorization: Bearer"
                    + " <secret>', or as the password of HTTP Basic with the token's principal as"
                    + " username.")
        String secret) {

  static CreatedTokenJson of(CreatedToken created) {
    return new CreatedTokenJson(TokenJson.of(created.token()), created.secret());
  }
}
