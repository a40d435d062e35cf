package dev.trustportal.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository the tests read: docker/ is this module, the portal's sources and tools/ sit beside
 * it.
 */
final class Repository {

  private Repository() {}

  static Path root() {
    Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    return module.getParent();
  }

  static Path docker(String relative) {
    return root().resolve("docker").resolve(relative);
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Java sources under the given directories (relative to the root). */
  static List<Path> javaSources(String... dirs) {
    return Stream.of(dirs)
        .map(Repository::file)
        .filter(Files::isDirectory)
        .flatMap(Repository::walk)
        .filter(p -> p.toString().endsWith(".java"))
        .toList();
  }

  /** The files under a directory (relative to the root) whose names end with the suffix. */
  static List<Path> files(String dir, String suffix) {
    Path path = file(dir);
    return Files.isDirectory(path)
        ? walk(path).filter(p -> p.toString().endsWith(suffix)).toList()
        : List.of();
  }

  private static Stream<Path> walk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where npm put the packages the tests use (target/npm/node_modules, see pom.xml). */
  static Path npmPackage(String name) {
    Path dir =
        Path.of(
            System.getProperty(
                "npm.dir", root().resolve("docker/target/npm/node_modules").toString()));
    Path pkg = dir.resolve(name);
    if (!Files.isDirectory(pkg)) {
      throw new IllegalStateException(
          "npm package "
              + name
              + " is not in "
              + dir
              + ": the build installs it with npm"
              + " in generate-test-resources (is npm on the PATH?)");
    }
    return pkg;
  }
}
