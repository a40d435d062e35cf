package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.TokenScope;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a token's scope allows of a REST request, decided from its method and path alone (pure, no
 * I/O): a read-only token makes no change, and a token of some repositories changes nothing else and
 * reads no other repository. Which organisation a token reaches is not decided here: the tenancy
 * check in the services does that for every call, and audits it.
 */
final class TokenScopeRules {

  /** A refusal as the API shows it. */
  record Refusal(int status, String code, String message) {}

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
  private static final String ORGS = "/api/v1/orgs/";
  private static final String REPOSITORIES = "/repositories/";
  // What follows a repository's name in its sub-resources' paths (see RepositoriesResource & co.).
  private static final Set<String> SUB_RESOURCES = Set.of("trust", "signers", "roles", "signer-requests");

  private TokenScopeRules() {}

  /**
   * Empty if the scope allows the request.
   *
   * @param path the path after the context path, undecoded, such as {@code /api/v1/orgs/acme/members}
   */
  static Optional<Refusal> check(TokenScope scope, String method, String path) {
    boolean reading = READING.contains(method);
    if (!reading && !scope.allowsWrites()) {
      return Optional.of(new Refusal(403, "forbidden",
          "This API token is read-only (access READ): it cannot call " + method + ". Use a token with"
              + " WRITE access."));
    }
    if (scope.repositories().isEmpty() || !path.startsWith(ORGS)) {
      return Optional.empty();
    }
    Optional<String> repositoryPath = repositoryPath(path);
    if (repositoryPath.isPresent()) {
      boolean reached = scope.repositories().stream().anyMatch(name -> names(repositoryPath.get(), name));
      return reached ? Optional.empty() : Optional.of(new Refusal(404, "not_found",
          "This API token is scoped to other repositories of the organisation."));
    }
    return reading ? Optional.empty() : Optional.of(new Refusal(403, "forbidden",
        "This API token is scoped to some repositories: it can change nothing else of the organisation."));
  }

  /** What follows {@code /repositories/} in a path of one repository, if it is one. */
  private static Optional<String> repositoryPath(String path) {
    int organisationEnd = path.indexOf('/', ORGS.length());
    if (organisationEnd < 0 || !path.startsWith(REPOSITORIES, organisationEnd)) {
      return Optional.empty();
    }
    String rest = path.substring(organisationEnd + REPOSITORIES.length());
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }

  /** Whether the path names the repository itself or one of its sub-resources. */
  private static boolean names(String repositoryPath, String repository) {
    if (repositoryPath.equals(repository)) {
      return true;
    }
    if (!repositoryPath.startsWith(repository + "/")) {
      return false;
    }
    List<String> after = List.of(repositoryPath.substring(repository.length() + 1).split("/"));
    return SUB_RESOURCES.contains(after.get(0));
  }
}
