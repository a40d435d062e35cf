package dev.trustportal.ui.change;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.trustportal.portal.approval.ApprovalService;
import dev.trustportal.portal.change.ChangeView;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.ui.i18n.PortalMessages;

/** Rejecting one change with a reason, which the requester sees. */
class RejectDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  RejectDialog(ApprovalService approvals, ChangeView change, Runnable onRejected) {
    setId("reject-dialog");
    setHeaderTitle(getTranslation("reject.title", change.id()));
    TextArea reason = new TextArea(getTranslation("reject.reason"));
    reason.setId("reject-reason");
    reason.setWidthFull();
    reason.setMaxLength(500);
    Span summary = new Span(ChangeTexts.summary(this, change));
    add(summary, reason);
    Button reject = new Button(getTranslation("reject.confirm"), event -> {
      try {
        approvals.reject(change.organisation(), change.id(), reason.getValue());
        close();
        onRejected.run();
      } catch (PortalException refused) {
        reason.setInvalid(true);
        reason.setErrorMessage(PortalMessages.of(this, refused));
      }
    });
    reject.setId("confirm-reject");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("approve.cancel"), event -> close()), reject);
  }
}
