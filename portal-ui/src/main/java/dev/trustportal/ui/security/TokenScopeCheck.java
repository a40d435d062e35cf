package dev.trustportal.ui.security;

import dev.trustportal.portal.identity.PresentedToken;
import dev.trustportal.portal.identity.TokenAuthentication;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

/**
 * Holds a token's request to its scope after JAX-RS has routed it ({@link TokenScopeRules}): on the
 * resource method and decoded path parameters it will actually run with. Requests without a token
 * pass.
 */
@Provider
public class TokenScopeCheck implements ContainerRequestFilter {

  @Inject PresentedToken presented;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<TokenAuthentication> token = presented.token();
    if (token.isEmpty() || resource.getResourceClass() == null) {
      return;
    }
    String template = join(path(resource.getResourceClass()), path(resource.getResourceMethod()));
    Optional<String> repository =
        Optional.ofNullable(request.getUriInfo().getPathParameters(true).getFirst("repo"));
    TokenScopeRules.check(token.get().scope(), request.getMethod(), template, repository)
        .ifPresent(
            refusal ->
                request.abortWith(
                    Response.status(refusal.status())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(
                            Json.createObjectBuilder()
                                .add("error", refusal.code())
                                .add("message", refusal.message())
                                .build()
                                .toString())
                        .build()));
  }

  private static String path(AnnotatedElement element) {
    Path path = element == null ? null : element.getAnnotation(Path.class);
    return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
  }

  private static String join(String classPath, String methodPath) {
    return methodPath.isEmpty() ? classPath : classPath + "/" + methodPath;
  }
}
