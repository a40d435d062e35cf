package dev.trustportal.api.token;

import dev.trustportal.portal.token.TokenSummary;
import java.util.List;

/** The tokens of a list that are not revoked, newest first (at most 200). */
public record TokenListJson(List<TokenJson> items) {

  static TokenListJson of(List<TokenSummary> tokens) {
    return new TokenListJson(tokens.stream().map(TokenJson::of).toList());
  }
}
