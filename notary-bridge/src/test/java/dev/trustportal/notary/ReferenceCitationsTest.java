package dev.trustportal.notary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every "facts §n", "notary-v1-facts §n" and "notary-auth-storage §n" in a comment of the
 * repository points at a section of a document in {@code docs/reference/}: a reader who follows a
 * citation finds the fact. It lives in the bridge because most citations do, and it reads the whole
 * repository, not only this module.
 */
class ReferenceCitationsTest {
  /** The document name, then one or more section numbers: "facts §2, §3", "facts §13 step 3". */
  private static final Pattern CITATION =
      Pattern.compile(
          "\\b(notary-v1-facts|notary-auth-storage|facts)((?:,?\\s*(?:and\\s+)?§\\s?\\d+)+)");

  private static final Pattern SECTION_NUMBER = Pattern.compile("§\\s?(\\d+)");
  private static final Pattern HEADING = Pattern.compile("(?m)^## (\\d+)\\. ");
  private static final Map<String, String> DOCUMENTS =
      Map.of(
          "facts", "notary-v1-facts.md",
          "notary-v1-facts", "notary-v1-facts.md",
          "notary-auth-storage", "notary-auth-storage.md");
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules");

  record Citation(String where, String document, int section) {}

  @Test
  void everyCitationInTheRepositoryNamesAnExistingDocumentAndSection() throws IOException {
    Path root = repositoryRoot();
    List<Citation> citations = citationsIn(root);

    assertThat(citations).as("citations found in %s", root).hasSizeGreaterThan(50);
    assertThat(unresolved(citations, root.resolve("docs/reference")))
        .as("citations whose document or section is missing in docs/reference/")
        .isEmpty();
  }

  @Test
  void readsEverySectionOfACitationListingSeveral() {
    List<Citation> found =
        citationsInText(
            "Foo.java", "over HTTP (facts §2, §3); keys (notary-auth-storage §1 table)");

    assertThat(found)
        .containsExactly(
            new Citation("Foo.java:1", "notary-v1-facts.md", 2),
            new Citation("Foo.java:1", "notary-v1-facts.md", 3),
            new Citation("Foo.java:1", "notary-auth-storage.md", 1));
  }

  @Test
  void reportsACitationOfASectionThatDoesNotExist() throws IOException {
    Path reference = repositoryRoot().resolve("docs/reference");
    // Put together so that this file itself cites nothing missing.
    String bogus = "// as notary does (facts " + "§99, notary-auth-storage §3)";
    List<Citation> found = citationsInText("Bogus.java", bogus);

    assertThat(unresolved(found, reference))
        .containsExactly(new Citation("Bogus.java:1", "notary-v1-facts.md", 99));
  }

  private static List<Citation> unresolved(List<Citation> citations, Path reference) {
    Map<String, Set<Integer>> sections =
        citations.stream()
            .map(Citation::document)
            .distinct()
            .collect(
                Collectors.toMap(
                    document -> document, document -> sectionsOf(reference.resolve(document))));
    return citations.stream()
        .filter(c -> !sections.get(c.document()).contains(c.section()))
        .toList();
  }

  /** The numbers of the "## n. Title" headings; none when the document does not exist. */
  private static Set<Integer> sectionsOf(Path document) {
    if (!Files.isRegularFile(document)) {
      return Set.of();
    }
    try {
      Matcher heading = HEADING.matcher(Files.readString(document));
      Set<Integer> numbers = new TreeSet<>();
      while (heading.find()) {
        numbers.add(Integer.parseInt(heading.group(1)));
      }
      return numbers;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Citation> citationsIn(Path root) throws IOException {
    List<Citation> citations = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            return SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            textOf(file)
                .ifPresent(
                    text ->
                        citations.addAll(citationsInText(root.relativize(file).toString(), text)));
            return FileVisitResult.CONTINUE;
          }
        });
    return citations;
  }

  /** Text files only: a file that is not UTF-8 (an image, a keystore) cites nothing. */
  private static Optional<String> textOf(Path file) {
    try {
      if (Files.size(file) > 2_000_000) {
        return Optional.empty();
      }
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Citation> citationsInText(String file, String text) {
    List<Citation> citations = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher citation = CITATION.matcher(lines[i]);
      while (citation.find()) {
        Matcher number = SECTION_NUMBER.matcher(citation.group(2));
        while (number.find()) {
          citations.add(
              new Citation(
                  file + ":" + (i + 1),
                  DOCUMENTS.get(citation.group(1)),
                  Integer.parseInt(number.group(1))));
        }
      }
    }
    return citations;
  }

  /** The directory holding docs/reference, found upwards from where the build runs this test. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs/reference"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no docs/reference above " + Path.of("").toAbsolutePath());
  }
}
