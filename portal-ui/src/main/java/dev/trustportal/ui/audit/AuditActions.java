package dev.trustportal.ui.audit;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * Action codes in words. Each code has a text {@code audit.action.<code>} in the bundles; a code
 * without one (an event type newer than the bundles) shows as itself rather than as a missing key.
 */
final class AuditActions {

  private static final String PREFIX = "audit.action.";
  // A support case's steps are recorded as support.step.<step>, one code per step.
  private static final String CASE_STEP = "support.step.";

  private AuditActions() {}

  static String label(Component component, String code) {
    if (code.startsWith(CASE_STEP)) {
      String step = code.substring(CASE_STEP.length()).toUpperCase(Locale.ROOT);
      String name = component.getTranslation("support.step." + step);
      return name.startsWith("!")
          ? code
          : component.getTranslation("audit.action.support-step", name);
    }
    String label = component.getTranslation(PREFIX + code);
    return label.equals("!" + PREFIX + code + "!") ? code : label;
  }
}
