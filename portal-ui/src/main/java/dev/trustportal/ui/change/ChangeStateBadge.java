package dev.trustportal.ui.change;

import com.vaadin.flow.component.html.Span;
import dev.trustportal.portal.change.ChangeState;

/**
 * A change's state as a coloured pill. Styled inline with Lumo's colour variables: Lumo's badge
 * styles need a theme or a frontend bundle, and the application uses the pre-compiled bundle as is.
 */
public class ChangeStateBadge extends Span {

  private static final long serialVersionUID = 1L;

  public ChangeStateBadge(ChangeState state) {
    setText(getTranslation("change.state." + state.name()));
    getElement().setAttribute("data-state", state.name());
    addClassName("tp-badge");
    getElement().setAttribute("data-tone", tone(state));
  }

  /**
   * As Lumo's badges: waiting or refused is neutral, on its way primary, done success, failed
   * error.
   */
  private static String tone(ChangeState state) {
    return switch (state) {
      case FILED, REJECTED -> "contrast";
      case APPROVED, PUBLISHING -> "primary";
      case PUBLISHED -> "success";
      case FAILED -> "error";
    };
  }
}
