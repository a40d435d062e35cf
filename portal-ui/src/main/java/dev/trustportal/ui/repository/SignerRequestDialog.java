package dev.trustportal.ui.repository;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.trustportal.portal.signer.InvalidSignerKeyException;
import dev.trustportal.portal.signer.InvalidSignerNameException;
import dev.trustportal.portal.signer.SignerKeyInput;
import dev.trustportal.portal.signerrequest.SignerRequestDetails;
import dev.trustportal.portal.signerrequest.SignerRequestService;
import dev.trustportal.ui.i18n.PortalMessages;

/**
 * A member asks for a signer of the repository: the signer form, filed as a request that owners and
 * admins decide. A refused name or key is shown under its field and nothing is filed.
 */
final class SignerRequestDialog {

  private SignerRequestDialog() {}

  static void open(SignerRequestService requests, String organisation, String repository) {
    SignerForm form = SignerForm.forRequest();
    Dialog dialog = new Dialog(form);
    dialog.setId("request-signer-dialog");
    dialog.setHeaderTitle(form.getTranslation("signer-request.dialog", repository));
    dialog.setWidth("min(40rem, 95vw)");
    form.addFileListener(event -> file(requests, organisation, repository, event, form, dialog));
    form.addCancelListener(event -> dialog.close());
    dialog.open();
    form.focus();
  }

  private static void file(
      SignerRequestService requests,
      String organisation,
      String repository,
      SignerForm.FileEvent event,
      SignerForm form,
      Dialog dialog) {
    SignerRequestDetails filed;
    try {
      filed =
          requests.requestSigner(
              organisation, repository, event.name(), SignerKeyInput.ofPem(event.pem()));
    } catch (InvalidSignerKeyException refused) {
      form.showKeyError(PortalMessages.of(form, refused));
      return;
    } catch (InvalidSignerNameException refused) {
      form.showNameError(PortalMessages.of(form, refused));
      return;
    }
    dialog.close();
    Notification.show(form.getTranslation("signer-request.filed", filed.name(), filed.id()))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
