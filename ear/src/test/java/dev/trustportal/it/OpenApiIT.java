package dev.trustportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document Payara serves is the API's complete description: every JAX-RS resource
 * method of {@code dev.trustportal.api} is in it under its path and method, and every request body
 * has an example. The resource methods are read from the bytecode of portal-ui's classes
 * (ArchUnit), so a new method that the document lacks fails here.
 */
class OpenApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/api/v1";
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final String PATH = "jakarta.ws.rs.Path";

  private final PortalStack stack = PortalStack.current();

  @Test
  void everyResourceMethodIsInTheServedDocument() throws Exception {
    Set<String> documented = documented(openApi()).keySet();
    Set<String> methods = resourceMethods();
    Set<String> missing = new TreeSet<>(methods);
    missing.removeAll(documented);

    assertThat(methods).as("JAX-RS resource methods of dev.trustportal.api").hasSizeGreaterThan(40);
    assertThat(missing).as("resource methods missing from the served /openapi").isEmpty();
  }

  @Test
  void everyRequestBodyHasAnExample() throws Exception {
    JsonNode openApi = openApi();
    List<String> without = new ArrayList<>();
    documented(openApi)
        .forEach(
            (operation, node) -> {
              JsonNode media = node.path("requestBody").path("content").path("application/json");
              if (!media.isMissingNode() && !hasExample(openApi, media)) {
                without.add(operation);
              }
            });
    assertThat(without).as("operations whose request body has no example").isEmpty();
  }

  /** "METHOD /api/v1/path" of every resource method, parameters written {name}. */
  private static Set<String> resourceMethods() {
    Set<String> operations = new TreeSet<>();
    for (JavaClass resource : apiClasses()) {
      Optional<String> root = path(resource.getAnnotations());
      if (root.isEmpty()) {
        continue;
      }
      for (JavaMethod method : resource.getMethods()) {
        for (JavaAnnotation<?> annotation : method.getAnnotations()) {
          String verb = annotation.getRawType().getSimpleName();
          if (annotation.getRawType().getPackageName().equals("jakarta.ws.rs")
              && METHODS.contains(verb)) {
            String sub = path(method.getAnnotations()).map(p -> "/" + p).orElse("");
            operations.add(verb + " " + normalised(API + "/" + root.get() + sub));
          }
        }
      }
    }
    return operations;
  }

  /**
   * The API's classes of this build (portal-ui's target beside this module), which are what the
   * deployed EAR holds; the classpath's copy comes from the local repository, which other builds
   * may overwrite.
   */
  private static JavaClasses apiClasses() {
    Path built =
        Path.of(
            System.getProperty("basedir", "."),
            "..",
            "portal-ui",
            "target",
            "classes",
            "dev",
            "trustportal",
            "api");
    return Files.isDirectory(built)
        ? new ClassFileImporter().importPath(built)
        : new ClassFileImporter().importPackages("dev.trustportal.api");
  }

  private static Optional<String> path(Set<? extends JavaAnnotation<?>> annotations) {
    return annotations.stream()
        .filter(a -> a.getRawType().getName().equals(PATH))
        .map(a -> a.get("value").map(String::valueOf).orElse(""))
        .findFirst();
  }

  private static Map<String, JsonNode> documented(JsonNode openApi) {
    Map<String, JsonNode> operations = new java.util.TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .fields()
          .forEachRemaining(
              op -> {
                if (METHODS.contains(op.getKey().toUpperCase())) {
                  operations.put(
                      op.getKey().toUpperCase() + " " + normalised(path.getKey()), op.getValue());
                }
              });
    }
    return operations;
  }

  private static String normalised(String path) {
    return PARAMETER.matcher(path.replaceAll("/+", "/")).replaceAll("{$1}").replaceAll("/$", "");
  }

  private static boolean hasExample(JsonNode openApi, JsonNode media) {
    if (media.has("example") || media.path("examples").size() > 0) {
      return true;
    }
    JsonNode schema = media.path("schema");
    String ref = schema.path("$ref").asText("");
    if (!ref.isEmpty()) {
      schema = openApi.at(ref.substring(1));
    }
    return schema.has("example");
  }

  private JsonNode openApi() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(stack.portal("/openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
