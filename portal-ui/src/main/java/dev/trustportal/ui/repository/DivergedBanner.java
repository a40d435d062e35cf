package dev.trustportal.ui.repository;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dev.trustportal.portal.pinning.RepositoryDivergedException;

/**
 * The red banner of a diverged repository: its trust data on notary-server differs from what the
 * portal pinned. The finding (versions, key IDs) is shown as the services word it; the portal signs
 * nothing for the repository until support resolves it with a case.
 */
class DivergedBanner extends Div {

  DivergedBanner(RepositoryDivergedException diverged) {
    setId("diverged-banner");
    addClassName("tp-alarm");
    H3 title = new H3(getTranslation("trust.diverged.title"));
    title.addClassNames("tp-error-text", "tp-no-top-margin");
    Pre finding = new Pre(String.valueOf(diverged.arguments()[1]));
    finding.setId("diverged-finding");
    finding.addClassName("tp-code");
    add(
        title,
        new Paragraph(getTranslation("trust.diverged.what", diverged.arguments()[0])),
        finding,
        new Paragraph(getTranslation("trust.diverged.resolve")));
  }
}
