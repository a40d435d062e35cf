package dev.trustportal.docker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** docker/compose.yaml as Compose reads it: aliases resolved, plain maps and lists. */
record ComposeFile(Map<String, Object> root) {

  static ComposeFile load() {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    Map<String, Object> root = yaml.load(Repository.read(Repository.docker("compose.yaml")));
    return new ComposeFile(root);
  }

  Map<String, Map<String, Object>> services() {
    return section("services");
  }

  Map<String, Map<String, Object>> secrets() {
    return section("secrets");
  }

  Map<String, Map<String, Object>> configs() {
    return section("configs");
  }

  Map<String, Object> service(String name) {
    return Optional.ofNullable(services().get(name))
        .orElseThrow(() -> new AssertionError("compose.yaml has no service " + name));
  }

  /** The services whose image is the portal's (built from docker/portal/Dockerfile). */
  Map<String, Map<String, Object>> portalInstances() {
    String image = (String) service("portal-1").get("image");
    Map<String, Map<String, Object>> instances = new java.util.TreeMap<>();
    services()
        .forEach(
            (name, service) -> {
              if (image.equals(service.get("image"))) {
                instances.put(name, service);
              }
            });
    return instances;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> environment(Map<String, Object> service) {
    return (Map<String, Object>) service.getOrDefault("environment", Map.of());
  }

  /** A service's secrets in long form: source and where it is mounted. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> secretMounts(Map<String, Object> service) {
    List<Object> secrets = (List<Object>) service.getOrDefault("secrets", List.of());
    return secrets.stream()
        .map(
            s ->
                s instanceof String name
                    ? Map.<String, Object>of("source", name, "target", "/run/secrets/" + name)
                    : (Map<String, Object>) s)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> section(String name) {
    return (Map<String, Map<String, Object>>) root.getOrDefault(name, Map.of());
  }
}
