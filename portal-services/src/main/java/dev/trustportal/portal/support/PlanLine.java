package dev.trustportal.portal.support;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One sentence of a case's plan as a message key and its arguments, so that a UI can translate it
 * (the keys are in {@code plan.properties} beside this class, in English); {@link #english()} is
 * the text the API returns.
 */
public record PlanLine(String key, List<String> args) {

  private static final String BUNDLE = "dev.trustportal.portal.support.plan";

  public PlanLine {
    args = List.copyOf(args);
  }

  public static PlanLine of(String key, Object... args) {
    return new PlanLine(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  public String english() {
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
  }
}
