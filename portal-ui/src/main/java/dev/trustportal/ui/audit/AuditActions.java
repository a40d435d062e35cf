package dev.trustportal.ui.audit;

import com.vaadin.flow.component.Component;

/**
 * Action codes in words. Each code has a text {@code audit.action.<code>} in the bundles; a code
 * without one (an event type newer than the bundles) shows as itself rather than as a missing key.
 */
final class AuditActions {

  private static final String PREFIX = "audit.action.";

  private AuditActions() {}

  static String label(Component component, String code) {
    String label = component.getTranslation(PREFIX + code);
    return label.equals("!" + PREFIX + code + "!") ? code : label;
  }
}
