package dev.trustportal.ui.support;

import com.vaadin.flow.component.html.Span;
import dev.trustportal.portal.support.CaseState;

/**
 * A support case's state as a coloured pill, as the change badges: waiting neutral, moving primary, done
 * green, cancelled red.
 */
class CaseStateBadge extends Span {

  private static final long serialVersionUID = 1L;

  CaseStateBadge(CaseState state) {
    setText(getTranslation("support.state." + state.name()));
    getElement().setAttribute("data-state", state.name());
    String text = switch (state) {
      case AWAITING_APPROVAL -> "var(--lumo-contrast-80pct)";
      case APPROVED, EXECUTING -> "var(--lumo-primary-text-color)";
      case DONE -> "var(--lumo-success-text-color)";
      case CANCELLED -> "var(--lumo-error-text-color)";
    };
    String background = switch (state) {
      case AWAITING_APPROVAL -> "var(--lumo-contrast-10pct)";
      case APPROVED, EXECUTING -> "var(--lumo-primary-color-10pct)";
      case DONE -> "var(--lumo-success-color-10pct)";
      case CANCELLED -> "var(--lumo-error-color-10pct)";
    };
    getStyle()
        .set("display", "inline-block")
        .set("padding", "0 var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("font-weight", "500")
        .set("white-space", "nowrap")
        .set("color", text)
        .set("background-color", background);
  }
}
