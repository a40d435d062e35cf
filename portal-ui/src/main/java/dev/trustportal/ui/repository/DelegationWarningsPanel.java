package dev.trustportal.ui.repository;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dev.trustportal.portal.expiry.DelegationWarning;
import dev.trustportal.ui.component.Times;
import java.util.List;

/**
 * Delegations the portal cannot re-sign (their keys are their signers') that expire soon or have
 * expired, with who can re-sign each and the command; on the trust page and the organisation
 * overview, for the owners and the signers concerned (the services decide).
 */
public class DelegationWarningsPanel extends Div {

  private static final long serialVersionUID = 1L;

  /**
   * @param withRepository whether to name each warning's repository (on the overview)
   */
  public DelegationWarningsPanel(List<DelegationWarning> warnings, boolean withRepository) {
    setId("delegation-warnings");
    addClassName("tp-caution");
    H3 title = new H3(getTranslation("delegation-expiry.title"));
    title.addClassName("tp-no-top-margin");
    add(title, new Paragraph(getTranslation("delegation-expiry.explained")));
    warnings.forEach(w -> warning(w, withRepository));
  }

  private void warning(DelegationWarning warning, boolean withRepository) {
    String date = Times.format(warning.expires(), getLocale());
    String role =
        withRepository ? warning.repository() + " \u00b7 " + warning.role() : warning.role();
    String signers =
        warning.signers().isEmpty()
            ? getTranslation("delegation-expiry.no-signers")
            : String.join(", ", warning.signers());
    Paragraph line =
        new Paragraph(
            warning.expired()
                ? getTranslation("delegation-expiry.expired", role, date, signers)
                : getTranslation(
                    "delegation-expiry.expiring", role, warning.daysLeft(), date, signers));
    String id = (warning.repository() + "-" + warning.role()).replaceAll("[^A-Za-z0-9_-]", "-");
    line.setId("delegation-warning-" + id);
    Pre command = new Pre(warning.command());
    command.setId("delegation-command-" + id);
    add(line, command);
  }
}
