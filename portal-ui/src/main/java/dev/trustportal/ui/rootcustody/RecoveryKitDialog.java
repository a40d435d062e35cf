package dev.trustportal.ui.rootcustody;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.rootcustody.RecoveryKit;
import dev.trustportal.portal.rootcustody.RootCeremonyService;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A custodian takes their root key of a ceremony's root as notary's encrypted key file: they type a
 * passphrase twice, touch their custodian key (which opens the key in memory on the server), and
 * download the file. The passphrase leaves the fields as soon as it is read, and the service wipes
 * it; nothing of it is kept.
 */
class RecoveryKitDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient RootCeremonyService ceremonies;
  private final String organisation;
  private final long id;
  private final PasswordField passphrase = new PasswordField();
  private final PasswordField repeat = new PasswordField();
  private final Paragraph refusal = new Paragraph();
  private final Span status = new Span();
  private final Button make = new Button();
  private final Anchor download = new Anchor();

  RecoveryKitDialog(RootCeremonyService ceremonies, String organisation, long id) {
    this.ceremonies = ceremonies;
    this.organisation = organisation;
    this.id = id;
    setId("recovery-kit-dialog");
    setHeaderTitle(getTranslation("ceremony.kit.title"));
    passphrase.setId("recovery-kit-passphrase");
    passphrase.setLabel(getTranslation("ceremony.kit.passphrase"));
    passphrase.setWidthFull();
    repeat.setId("recovery-kit-repeat");
    repeat.setLabel(getTranslation("ceremony.kit.repeat"));
    repeat.setWidthFull();
    refusal.setId("recovery-kit-refusal");
    refusal.addClassName("tp-error-text");
    refusal.setVisible(false);
    status.setId("recovery-kit-status");
    make.setId("recovery-kit-make");
    make.setText(getTranslation("ceremony.kit.make"));
    make.setIcon(VaadinIcon.KEY.create());
    make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    make.addClickListener(event -> make());
    download.setId("recovery-kit-download");
    download.setVisible(false);
    Button close = new Button(getTranslation("ceremony.kit.close"), event -> close());
    close.setId("recovery-kit-close");
    VerticalLayout body =
        new VerticalLayout(
            new Paragraph(getTranslation("ceremony.kit.explanation")),
            passphrase,
            repeat,
            refusal,
            status,
            download);
    body.setPadding(false);
    body.setMaxWidth("36em");
    add(body);
    getFooter().add(close, make);
  }

  private void make() {
    refusal.setVisible(false);
    download.setVisible(false);
    boolean same = passphrase.getValue().equals(repeat.getValue());
    // Read once, then out of the fields: the typed passphrase stays nowhere in the page.
    char[] typed = passphrase.getValue().toCharArray();
    passphrase.clear();
    repeat.clear();
    if (!same) {
      Arrays.fill(typed, '\0');
      refuse(getTranslation("ceremony.kit.mismatch"));
      return;
    }
    try {
      var challenge = ceremonies.challenge(organisation, id);
      status.setText(getTranslation("ceremony.kit.touching"));
      WebAuthnCeremony.getWithPrf(
          this,
          challenge.challenge(),
          assertion -> made(assertion, typed),
          error -> {
            Arrays.fill(typed, '\0');
            status.setText("");
            refuse(getTranslation("ceremony.cancelled", error));
          });
    } catch (PortalException refused) {
      Arrays.fill(typed, '\0');
      refuse(PortalMessages.of(this, refused));
    }
  }

  private void made(String assertion, char[] typed) {
    RecoveryKit kit;
    try {
      kit = ceremonies.recoveryKit(organisation, id, assertion, typed);
    } catch (PortalException refused) {
      status.setText("");
      refuse(PortalMessages.of(this, refused));
      return;
    }
    status.setText(getTranslation("ceremony.kit.ready", kit.keyId()));
    download.removeAll();
    download.add(VaadinIcon.DOWNLOAD.create(), new Span(kit.fileName()));
    download.setHref(file(kit));
    download.setVisible(true);
  }

  /** The file as notary names a key: only its encrypted form is held, for this download. */
  private static DownloadHandler file(RecoveryKit kit) {
    byte[] bytes = kit.keyFile().getBytes(StandardCharsets.UTF_8);
    String name = kit.fileName();
    return event -> {
      event.setFileName(name);
      event.setContentType("application/x-pem-file");
      event.getOutputStream().write(bytes);
    };
  }

  private void refuse(String message) {
    refusal.setText(message);
    refusal.setVisible(true);
  }
}
