package dev.trustportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The feature packages form no cycles in the source either: a constant that javac inlines (a role
 * name in {@code @RolesAllowed}) is a dependency the ArchitectureTest cannot see in bytecode. Every
 * reference to {@code dev.trustportal.portal.<feature>.} outside comments counts. The package
 * dependency list is written to {@code target/package-dependencies.txt}.
 */
class SourcePackageCyclesTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/trustportal/portal");
  private static final Pattern REFERENCE =
      Pattern.compile("dev\\.trustportal\\.portal\\.([a-z]+)\\.");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  @Test
  void featurePackagesFormNoCyclesInTheSource() throws IOException {
    Map<String, Set<String>> graph = dependencies(SOURCES);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/package-dependencies.txt"), listing(graph));
    assertThat(cycles(graph)).as(listing(graph)).isEmpty();
  }

  @Test
  void aCycleThroughAnInlinedConstantIsFound() {
    Map<String, Set<String>> graph =
        new TreeMap<>(Map.of("audit", Set.of("identity"), "identity", Set.of("audit")));
    assertThat(cycles(graph)).containsExactly(List.of("audit", "identity", "audit"));
  }

  static Map<String, Set<String>> dependencies(Path root) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(f -> f.toString().endsWith(".java") && root.relativize(f).getNameCount() > 1)
          .forEach(
              file -> {
                String feature = root.relativize(file).getName(0).toString();
                Set<String> targets = graph.computeIfAbsent(feature, f -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(COMMENT.matcher(read(file)).replaceAll(""));
                while (reference.find()) {
                  if (!reference.group(1).equals(feature)) {
                    targets.add(reference.group(1));
                  }
                }
              });
    }
    return graph;
  }

  /** Each cycle once, as a path from its smallest package back to it. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    List<List<String>> found = new ArrayList<>();
    for (String start : graph.keySet()) {
      Deque<List<String>> paths = new ArrayDeque<>(List.of(List.of(start)));
      while (!paths.isEmpty()) {
        List<String> path = paths.pop();
        for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
          if (next.equals(start)) {
            List<String> cycle = new ArrayList<>(path);
            cycle.add(start);
            found.add(cycle);
          } else if (next.compareTo(start) > 0 && !path.contains(next)) {
            List<String> longer = new ArrayList<>(path);
            longer.add(next);
            paths.push(longer);
          }
        }
      }
    }
    return found;
  }

  private static String listing(Map<String, Set<String>> graph) {
    StringBuilder text = new StringBuilder();
    graph.forEach(
        (feature, targets) ->
            text.append(feature).append(" -> ").append(String.join(", ", targets)).append('\n'));
    return text.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
