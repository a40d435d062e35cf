package dev.trustportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Styles live in the portal's stylesheet, and every class a view adds is defined there. */
class StylesheetTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path STYLESHEET = Path.of("src/main/webapp/styles/portal.css");
  private static final Pattern CLASS_NAME = Pattern.compile("\"(tp-[a-z0-9-]+)\"");

  @Test
  void noViewSetsInlineStyles() throws IOException {
    try (Stream<Path> files = javaSources()) {
      List<String> inline =
          files.filter(file -> read(file).contains(".getStyle()")).map(Path::toString).toList();
      assertThat(inline)
          .as("views that style inline instead of adding a class of portal.css")
          .isEmpty();
    }
  }

  @Test
  void everyPortalClassAViewAddsIsDefinedInTheStylesheet() throws IOException {
    String css = Files.readString(STYLESHEET);
    Set<String> undefined = new TreeSet<>();
    try (Stream<Path> files = javaSources()) {
      files.forEach(
          file -> {
            Matcher used = CLASS_NAME.matcher(read(file));
            while (used.find()) {
              if (!css.contains("." + used.group(1))) {
                undefined.add(used.group(1) + " (" + file.getFileName() + ")");
              }
            }
          });
    }
    assertThat(undefined).as("classes used but not defined in portal.css").isEmpty();
  }

  private static Stream<Path> javaSources() throws IOException {
    return Files.walk(SOURCES).filter(file -> file.toString().endsWith(".java"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
