package dev.trustportal.ui.repository;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dev.trustportal.portal.change.DroppedTag;
import java.util.List;

/**
 * Tags a published removal left in no role (held only in the removed signer's own role): no client
 * finds them now. Who can sign each into {@code targets/releases} again, and the command; the
 * services drop a tag from the list once it verifies again.
 */
class DroppedTagsPanel extends Div {

  private static final long serialVersionUID = 1L;

  DroppedTagsPanel(List<DroppedTag> dropped) {
    setId("dropped-tags");
    addClassName("tp-caution");
    H3 title = new H3(getTranslation("dropped.title"));
    title.addClassName("tp-no-top-margin");
    add(title, new Paragraph(getTranslation("dropped.witness-first")));
    dropped.forEach(this::tag);
  }

  private void tag(DroppedTag dropped) {
    var tag = dropped.tag();
    String heldIn = String.join(", ", tag.heldIn());
    if (tag.signers().isEmpty()) {
      add(
          new Paragraph(
              getTranslation("dropped.nobody", tag.tag(), heldIn, dropped.change(), tag.role())));
      return;
    }
    Paragraph text =
        new Paragraph(
            getTranslation(
                "dropped.sign",
                tag.tag(),
                heldIn,
                dropped.change(),
                String.join(", ", tag.signers()),
                tag.role()));
    text.setId("dropped-" + tag.tag());
    Pre command = new Pre(tag.command());
    command.addClassNames("dropped-command", "tp-code");
    add(text, command);
  }
}
