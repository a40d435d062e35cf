package dev.trustportal.ui.repository;

import java.time.Instant;

/** The words and dates of the trust graph, in the reader's language. */
interface GraphLabels {

  /** The bundle's text of {@code key} with its arguments. */
  String text(String key, Object... args);

  String date(Instant instant);
}
