package dev.trustportal.ui.repository;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dev.trustportal.portal.repository.Resigning;
import java.util.List;

/**
 * Tags that do not verify for a fresh client (after a signer or key was removed, or a threshold
 * raised), per delegation: who can re-sign it and the command. The services decide which; the panel
 * goes once they verify again.
 */
class ResigningPanel extends Div {

  private static final long serialVersionUID = 1L;

  ResigningPanel(List<Resigning> resigning) {
    setId("resigning");
    addClassName("tp-caution");
    H3 title = new H3(getTranslation("resign.title"));
    title.addClassName("tp-no-top-margin");
    add(title);
    resigning.forEach(this::role);
  }

  private void role(Resigning role) {
    String id = role.role().replace('/', '-');
    Paragraph tags =
        new Paragraph(
            getTranslation(
                "resign.tags", role.role(), String.join(", ", role.tags()), role.tags().size()));
    tags.setId("resigning-" + id);
    add(tags);
    if (role.signers().isEmpty()) {
      add(new Paragraph(getTranslation("resign.nobody", role.role())));
      return;
    }
    add(new Paragraph(getTranslation("resign.signers", String.join(", ", role.signers()))));
    Pre command = new Pre(role.command());
    command.setId("resigning-command-" + id);
    add(command);
  }
}
