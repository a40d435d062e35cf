package dev.trustportal.ui.support;

import com.vaadin.flow.component.html.Span;
import dev.trustportal.portal.support.RepositoryHealth;

/**
 * A repository's health as a coloured pill: healthy in green, otherwise the number of findings in
 * red. Inline Lumo colours, as the other badges: the application ships no theme.
 */
class HealthBadge extends Span {

  private static final long serialVersionUID = 1L;

  HealthBadge(RepositoryHealth health) {
    boolean healthy = health.healthy();
    setText(
        healthy
            ? getTranslation("support.health.healthy")
            : getTranslation("support.health.findings", health.findings().size()));
    getElement().setAttribute("data-healthy", String.valueOf(healthy));
    addClassName("tp-badge");
    getElement().setAttribute("data-tone", healthy ? "success" : "error");
  }
}
