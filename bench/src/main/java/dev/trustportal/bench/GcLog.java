package dev.trustportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap after each collection, from a unified GC log ({@code -Xlog:gc}): lines such as {@code
 * GC(3) Pause Young (Normal) (G1 Evacuation Pause) 25M->3M(64M) 1.2ms}. Garbage is gone after a
 * collection, so these figures are the live set (plus, after a young pause, old objects not yet
 * collected).
 */
record GcLog(List<Long> afterBytes, long lastAfterBytes) {
  private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(");

  static GcLog read(Path file) throws IOException {
    List<Long> after =
        Files.readAllLines(file).stream()
            .map(PAUSE::matcher)
            .filter(Matcher::find)
            .map(m -> Long.parseLong(m.group(3)) * unit(m.group(4)))
            .toList();
    if (after.isEmpty()) {
      throw new IllegalStateException("no collection in " + file);
    }
    return new GcLog(after, after.get(after.size() - 1));
  }

  /** The largest heap left after any collection: an upper bound of the live set at its peak. */
  long maxAfterBytes() {
    return afterBytes.stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  private static long unit(String u) {
    return switch (u) {
      case "K" -> 1024L;
      case "M" -> 1024L * 1024;
      default -> 1024L * 1024 * 1024;
    };
  }
}
