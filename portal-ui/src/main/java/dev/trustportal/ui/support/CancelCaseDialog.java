package dev.trustportal.ui.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.support.CaseDetails;
import dev.trustportal.portal.support.SupportDesk;
import dev.trustportal.ui.i18n.PortalMessages;
import java.util.function.Consumer;

/**
 * Cancelling a case that nothing has been carried out of yet, with the reason the audit chain
 * keeps.
 */
class CancelCaseDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  CancelCaseDialog(SupportDesk desk, CaseDetails supportCase, Consumer<CaseDetails> onCancelled) {
    setId("cancel-case-dialog");
    setHeaderTitle(getTranslation("support.cancel.title", supportCase.id()));
    setWidth("min(36rem, 95vw)");
    TextArea reason = new TextArea(getTranslation("support.cancel.reason"));
    reason.setId("cancel-case-reason");
    reason.setWidthFull();
    reason.setMaxLength(2000);
    reason.setHelperText(getTranslation("support.cancel.reason.helper"));
    add(new Paragraph(getTranslation("support.cancel.text", supportCase.gun())), reason);
    Button cancelCase =
        new Button(
            getTranslation("support.cancel.confirm"),
            event -> {
              try {
                CaseDetails cancelled = desk.cancel(supportCase.id(), reason.getValue());
                close();
                onCancelled.accept(cancelled);
              } catch (PortalException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(PortalMessages.of(this, refused));
              }
            });
    cancelCase.setId("confirm-cancel-case");
    cancelCase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    Button keep = new Button(getTranslation("support.cancel.keep"), event -> close());
    keep.setId("keep-case");
    getFooter().add(keep, cancelCase);
  }
}
