package dev.trustportal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one figure: minimum, median and maximum, never a single run. */
record Stats(List<Double> values) {
  Stats {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no measurements");
    }
  }

  private List<Double> sorted() {
    List<Double> s = new ArrayList<>(values);
    Collections.sort(s);
    return s;
  }

  double min() {
    return sorted().get(0);
  }

  double max() {
    return sorted().get(values.size() - 1);
  }

  /** The middle value; with an even count, the mean of the two middle ones. */
  double median() {
    List<Double> s = sorted();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  /** {@code median (min–max)} with the unit. */
  String format(String unit) {
    return String.format("%9.1f %s (%.1f–%.1f)", median(), unit, min(), max());
  }
}
