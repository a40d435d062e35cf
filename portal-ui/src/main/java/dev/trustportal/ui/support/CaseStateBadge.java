package dev.trustportal.ui.support;

import com.vaadin.flow.component.html.Span;
import dev.trustportal.portal.support.CaseState;

/**
 * A support case's state as a coloured pill, as the change badges: waiting neutral, moving primary,
 * done green, cancelled red.
 */
class CaseStateBadge extends Span {

  private static final long serialVersionUID = 1L;

  CaseStateBadge(CaseState state) {
    setText(getTranslation("support.state." + state.name()));
    getElement().setAttribute("data-state", state.name());
    String tone =
        switch (state) {
          case AWAITING_APPROVAL -> "contrast";
          case APPROVED, EXECUTING -> "primary";
          case DONE -> "success";
          case CANCELLED -> "error";
        };
    addClassName("tp-badge");
    getElement().setAttribute("data-tone", tone);
  }
}
