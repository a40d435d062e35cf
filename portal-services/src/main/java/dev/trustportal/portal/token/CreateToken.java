package dev.trustportal.portal.token;

import java.util.List;

/**
 * The command to create a token, as a form or API client sends it; {@link TokenRules} checks it.
 *
 * @param expiresInDays days until it expires; {@code null} means {@value TokenRules#DEFAULT_DAYS}
 * @param organisation the one organisation of a personal token, {@code null} for all the user's;
 *     for a robot token it is the organisation of the call and ignored here
 * @param repositories names within the organisation; {@code null} or empty means all
 * @param access {@code READ} or {@code WRITE}
 */
public record CreateToken(
    String name,
    Integer expiresInDays,
    String organisation,
    List<String> repositories,
    String access) {

  public CreateToken {
    repositories = repositories == null ? List.of() : List.copyOf(repositories);
  }
}
