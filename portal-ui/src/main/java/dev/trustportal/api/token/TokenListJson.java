package dev.trustportal.api.token;

import dev.trustportal.portal.token.TokenSummary;
import java.util.List;

/**
 * The tokens of a list that are not revoked, newest first (at most 200), in the API's list shape:
 * one page (0) holding them all.
 */
public record TokenListJson(List<TokenJson> items, int page, int size, long total) {

  static TokenListJson of(List<TokenSummary> tokens) {
    return new TokenListJson(
        tokens.stream().map(TokenJson::of).toList(), 0, Math.max(tokens.size(), 1), tokens.size());
  }
}
