package dev.trustportal.ui.support;

import com.vaadin.flow.component.html.Span;
import dev.trustportal.portal.support.RepositoryHealth;

/**
 * A repository's health as a coloured pill: healthy in green, otherwise the number of findings in red.
 * Inline Lumo colours, as the other badges: the application ships no theme.
 */
class HealthBadge extends Span {

  private static final long serialVersionUID = 1L;

  HealthBadge(RepositoryHealth health) {
    boolean healthy = health.healthy();
    setText(healthy ? getTranslation("support.health.healthy")
        : getTranslation("support.health.findings", health.findings().size()));
    getElement().setAttribute("data-healthy", String.valueOf(healthy));
    String family = healthy ? "success" : "error";
    getStyle()
        .set("display", "inline-block")
        .set("padding", "0 var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("font-weight", "500")
        .set("white-space", "nowrap")
        .set("color", "var(--lumo-" + family + "-text-color)")
        .set("background-color", "var(--lumo-" + family + "-color-10pct)");
  }
}
