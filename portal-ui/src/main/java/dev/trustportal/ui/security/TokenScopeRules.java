package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.TokenScope;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a token's scope allows of a REST request, decided from what JAX-RS routed it to (pure, no
 * I/O): the route's template and its decoded path parameters, so that an encoded, {@code
 * ;}-parametered or {@code ..}-laden path is judged as what it reaches, not as what it spells. A
 * read-only token makes no change; no token changes what guards the account or the organisation
 * (security keys, password, tokens, approval policy: a stolen token must not make itself a password
 * or a key); a token of some repositories reaches no other repository, changes nothing else of the
 * organisation and reads nothing that concerns all of its repositories (webhooks, the expiry
 * radar). Which organisation a token reaches, and what lists show, the services decide (tenancy
 * check, scoped queries).
 */
final class TokenScopeRules {

  /** A refusal as the API shows it. */
  record Refusal(int status, String code, String message) {}

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  /** Route templates (JAX-RS {@code @Path}s, class and method joined) that no token changes. */
  private static final List<String> GUARDS =
      List.of(
          "me/security-keys",
          "me/password",
          "me/tokens",
          "orgs/{org}/robot-tokens",
          "orgs/{org}/approval-polic");

  /**
   * Route templates of the whole organisation that a token of some repositories does not even read:
   * a webhook hears, and its delivery log shows, the events of every repository; the expiry radar
   * lists every repository's roles and their signers.
   */
  private static final List<String> WHOLE_ORGANISATION =
      List.of("orgs/{org}/webhooks", "orgs/{org}/expiry-radar");

  private TokenScopeRules() {}

  /**
   * Empty if the scope allows the request.
   *
   * @param template the route's template, such as {@code orgs/{org}/repositories/{repo:
   *     .+}/signers}
   * @param repository the decoded {@code repo} path parameter, if the route has one
   */
  static Optional<Refusal> check(
      TokenScope scope, String method, String template, Optional<String> repository) {
    boolean reading = READING.contains(method);
    if (!reading && GUARDS.stream().anyMatch(template::startsWith)) {
      return Optional.of(
          new Refusal(
              403,
              "forbidden",
              "An API token cannot create or revoke API tokens, nor change security keys, passwords"
                  + " or approval policies: sign in as the person, with the password (and security"
                  + " key)."));
    }
    if (!reading && !scope.allowsWrites()) {
      return Optional.of(
          new Refusal(
              403,
              "forbidden",
              "This API token is read-only (access READ): it cannot call "
                  + method
                  + ". Use a token with"
                  + " WRITE access."));
    }
    if (scope.repositories().isEmpty()) {
      return Optional.empty();
    }
    if (WHOLE_ORGANISATION.stream().anyMatch(template::startsWith)) {
      return Optional.of(
          new Refusal(
              403,
              "forbidden",
              "This API token is scoped to some repositories: the organisation's webhooks, their"
                  + " delivery logs and its expiry radar concern every repository. Use a token of"
                  + " the whole organisation."));
    }
    if (repository.isPresent()) {
      return scope.repositories().contains(repository.get())
          ? Optional.empty()
          : Optional.of(
              new Refusal(
                  404,
                  "not_found",
                  "This API token is scoped to other repositories of the organisation."));
    }
    return reading
        ? Optional.empty()
        : Optional.of(
            new Refusal(
                403,
                "forbidden",
                "This API token is scoped to some repositories: it can change nothing else of the"
                    + " organisation."));
  }
}
