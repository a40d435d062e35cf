package dev.trustportal.ui.repository;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.trustportal.portal.expiry.ExpiringRole;
import dev.trustportal.ui.component.Times;
import java.util.List;

/**
 * The roles of the repository that expire within the radar's window (or have expired), the nearest
 * first, with the days left; the services decide which.
 */
class ExpiryWarningsPanel extends Div {

  private static final long serialVersionUID = 1L;

  ExpiryWarningsPanel(List<ExpiringRole> expiring) {
    setId("expiry-warnings");
    addClassName("tp-caution");
    H3 title = new H3(getTranslation("trust.expiring.title"));
    title.addClassName("tp-no-top-margin");
    add(title);
    expiring.forEach(role -> add(line(role)));
  }

  private Paragraph line(ExpiringRole role) {
    String date = Times.format(role.expires(), getLocale());
    Paragraph line =
        new Paragraph(
            role.expired()
                ? getTranslation("trust.expired.role", role.role(), date)
                : getTranslation("trust.expiring.role", role.role(), role.daysLeft(), date));
    line.setId("expiry-warning-" + role.role().replace('/', '-'));
    return line;
  }
}
