package dev.trustportal.ui.repository;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.shared.Registration;
import dev.trustportal.ui.component.DialogForm;
import dev.trustportal.ui.component.UploadTexts;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks for a signer's name and one public key or X.509 certificate in PEM, pasted or uploaded from
 * a file (which fills the text area, so that what is filed is what the user sees). Which of the two
 * it is, the service tells from the PEM block. Knows no service: it fires events and shows
 * verdicts.
 */
class SignerForm extends DialogForm {

  private static final long serialVersionUID = 1L;

  /** A certificate chain is a few kB; anything much larger is not what we ask for. */
  static final int MAX_FILE_BYTES = 64 * 1024;

  private final TextField name = new TextField();
  private final TextArea key = new TextArea();
  private final Upload upload = new Upload();

  /**
   * @param signer the signer a key is added to; empty when asking for a new signer
   */
  SignerForm(Optional<String> signer) {
    this(signer, signer.isPresent() ? "signer.form.add-key" : "signer.form.add");
  }

  /** A form for a member's request of a signer, which owners or admins decide. */
  static SignerForm forRequest() {
    return new SignerForm(Optional.empty(), "signer.form.request");
  }

  private SignerForm(Optional<String> signer, String submitKey) {
    setResponsiveSteps(new ResponsiveStep("0", 1));
    name.setId("signer-name-field");
    name.setLabel(getTranslation("signer.form.name"));
    name.setHelperText(getTranslation("signer.form.name.helper"));
    signer.ifPresent(
        existing -> {
          name.setValue(existing);
          name.setReadOnly(true);
        });
    key.setId("signer-key-field");
    key.setLabel(getTranslation("signer.form.key"));
    key.setHelperText(getTranslation("signer.form.key.helper"));
    key.setPlaceholder("-----BEGIN CERTIFICATE-----\n\u2026\n-----END CERTIFICATE-----");
    // PEM reads best in a fixed-width font; only the text, not the label, helper or error.
    key.getElement()
        .executeJs(
            "this.inputElement.style.fontFamily = 'var(--lumo-font-family-monospace, monospace)';"
                + "this.inputElement.style.fontSize = 'var(--lumo-font-size-s)';");
    key.setMinHeight("12em");
    key.setMaxHeight("20em");
    judgedByService(name);
    judgedByService(key);
    add(name, key, configureUpload(), buttons(submitKey));
  }

  private Upload configureUpload() {
    upload.setId("signer-key-upload");
    upload.setI18n(UploadTexts.of(this));
    upload.setAcceptedFileTypes(".pem", ".crt", ".cer", ".pub");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_FILE_BYTES);
    upload.setUploadHandler(UploadHandler.inMemory(this::uploaded));
    upload.addFileRejectedListener(event -> showKeyError(event.getErrorMessage()));
    return upload;
  }

  /** Runs in the UI's lock (the in-memory handler's callback does). */
  private void uploaded(UploadMetadata file, byte[] content) {
    key.setValue(new String(content, StandardCharsets.UTF_8));
    // The text area now holds the file; a stale entry in the list would only confuse.
    upload.clearFileList();
  }

  private HorizontalLayout buttons(String submitKey) {
    Button file =
        primaryButton(
            submitKey,
            "file-signer-button",
            () -> fireEvent(new FileEvent(this, name.getValue(), key.getValue())));
    return actions(file, "signer.form.cancel", "cancel-signer-button");
  }

  void focus() {
    if (name.isReadOnly()) {
      key.focus();
    } else {
      name.focus();
    }
  }

  void showNameError(String message) {
    showVerdict(name, message);
  }

  void showKeyError(String message) {
    showVerdict(key, message);
  }

  Registration addFileListener(ComponentEventListener<FileEvent> listener) {
    return addListener(FileEvent.class, listener);
  }

  /** The user asked to file the change with this name and PEM text. */
  static final class FileEvent extends ComponentEvent<SignerForm> {

    private static final long serialVersionUID = 1L;
    private final String name;
    private final String pem;

    FileEvent(SignerForm source, String name, String pem) {
      super(source, false);
      this.name = name;
      this.pem = pem;
    }

    String name() {
      return name;
    }

    String pem() {
      return pem;
    }
  }
}
