package dev.trustportal.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.ui.i18n.PortalMessages;
import java.io.Serializable;

/**
 * Saying no to something with a reason that its requester sees: rejecting a change, declining a
 * signer request. The caller's decision runs on confirm; a refusal (a blank reason, a decision
 * taken meanwhile) shows at the reason field and keeps the dialog open.
 */
public class ReasonDialog extends Dialog {

  private static final long serialVersionUID = 1L;
  private static final int MAX_REASON = 500;

  /** What is decided with the reason; may throw a {@link PortalException}. */
  @FunctionalInterface
  public interface Decision extends Serializable {
    void decide(String reason);
  }

  /**
   * The texts, already translated, and the verb that names the parts ({@code <verb>-reason}, {@code
   * confirm-<verb>}) for page objects.
   */
  public record Texts(
      String verb, String title, String summary, String reasonLabel, String confirm, String cancel)
      implements Serializable {}

  public ReasonDialog(String id, Texts texts, Decision decision, Runnable onDecided) {
    setId(id);
    setHeaderTitle(texts.title());
    TextArea reason = new TextArea(texts.reasonLabel());
    reason.setId(texts.verb() + "-reason");
    reason.setWidthFull();
    reason.setMaxLength(MAX_REASON);
    add(new Span(texts.summary()), reason);
    Button confirm =
        new Button(
            texts.confirm(),
            event -> {
              try {
                decision.decide(reason.getValue());
                close();
                onDecided.run();
              } catch (PortalException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(PortalMessages.of(this, refused));
              }
            });
    confirm.setId("confirm-" + texts.verb());
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(texts.cancel(), event -> close()), confirm);
  }
}
