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
    Colours colours = colours(state);
    getStyle()
        .set("display", "inline-block")
        .set("padding", "0 var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("font-weight", "500")
        .set("line-height", "var(--lumo-line-height-s)")
        .set("white-space", "nowrap")
        .set("color", colours.text())
        .set("background-color", colours.background());
  }

  private record Colours(String text, String background) {

    static Colours of(String family) {
      return new Colours("var(--lumo-" + family + "-text-color)", "var(--lumo-" + family + "-color-10pct)");
    }
  }

  /** As Lumo's badges: waiting or refused is neutral, on its way primary, done success, failed error. */
  private static Colours colours(ChangeState state) {
    return switch (state) {
      case FILED, REJECTED -> new Colours("var(--lumo-contrast-80pct)", "var(--lumo-contrast-10pct)");
      case APPROVED, PUBLISHING -> Colours.of("primary");
      case PUBLISHED -> Colours.of("success");
      case FAILED -> Colours.of("error");
    };
  }
}
