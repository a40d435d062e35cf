package dev.trustportal.ui.signerrequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.signerrequest.SignerRequestService;
import dev.trustportal.portal.signerrequest.SignerRequestView;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;

/** Declining one signer request with a reason, which the requester sees. */
class DeclineDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  DeclineDialog(SignerRequestService requests, SignerRequestView request, Runnable onDeclined) {
    setId("decline-signer-request-dialog");
    setHeaderTitle(getTranslation("signer-requests.decline.title", request.id()));
    TextArea reason = new TextArea(getTranslation("signer-requests.decline.reason"));
    reason.setId("decline-reason");
    reason.setWidthFull();
    reason.setMaxLength(500);
    add(new Span(getTranslation("signer-requests.decline.summary", request.requestedBy(), request.name(),
        request.repository())), reason);
    Button decline = new Button(getTranslation("signer-requests.decline.confirm"), event -> {
      try {
        requests.decline(request.organisation(), request.id(), reason.getValue());
        close();
        onDeclined.run();
        MainLayout.refreshBadges();
      } catch (PortalException refused) {
        reason.setInvalid(true);
        reason.setErrorMessage(PortalMessages.of(this, refused));
      }
    });
    decline.setId("confirm-decline");
    decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("signer-requests.decline.cancel"), event -> close()), decline);
  }
}
