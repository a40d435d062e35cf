package dev.trustportal.ui.repository;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.trustportal.portal.repository.KeyFile;
import dev.trustportal.portal.repository.KeyRole;
import java.nio.charset.StandardCharsets;

/**
 * One private key file of an import: uploaded or pasted into a text area (it is encrypted, so
 * showing it does no harm), and its passphrase. Texts from {@code repository.import.<role>} and
 * {@code repository.import.key.*}; ids {@code <role>-key-field}, {@code <role>-key-upload} and
 * {@code <role>-passphrase-field}.
 */
class KeyFileField extends Composite<VerticalLayout> {

  private static final long serialVersionUID = 1L;
  // A notary key file is well under 1 KB; anything much larger is no key file.
  private static final int MAX_FILE_BYTES = 64 * 1024;

  private final TextArea pem = new TextArea();
  private final PasswordField passphrase = new PasswordField();
  private final Upload upload = new Upload();

  KeyFileField(KeyRole role, String labelKey, String passphraseKey) {
    String id = role.wireName();
    pem.setId(id + "-key-field");
    pem.setLabel(getTranslation(labelKey));
    pem.setHelperText(getTranslation("repository.import.key.helper", id));
    pem.setPlaceholder("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    pem.setWidthFull();
    pem.setMinRows(4);
    pem.setMaxRows(6);
    // Only the value gets smaller: the PEM lines are long, the label and helper stay as in every
    // form.
    pem.addClassName("tp-small-value");
    pem.setManualValidation(true);
    pem.addValueChangeListener(event -> pem.setInvalid(false));

    upload.setId(id + "-key-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_FILE_BYTES);
    upload.setUploadButton(
        new Button(getTranslation("repository.import.key.upload"), VaadinIcon.UPLOAD.create()));
    upload.setDropLabel(new Span(getTranslation("repository.import.key.drop")));
    upload.setI18n(uploadTexts());
    // Called with the session locked (InMemoryUploadHandler runs it through UI.access).
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, data) -> pem.setValue(new String(data, StandardCharsets.UTF_8))));
    upload.addFileRemovedListener(event -> pem.clear());

    passphrase.setId(id + "-passphrase-field");
    passphrase.setLabel(getTranslation(passphraseKey));
    passphrase.setHelperText(getTranslation("repository.import.passphrase.helper", role.name()));
    passphrase.setWidthFull();
    passphrase.setManualValidation(true);
    passphrase.addValueChangeListener(event -> passphrase.setInvalid(false));

    VerticalLayout layout = getContent();
    layout.setPadding(false);
    layout.setSpacing(false);
    layout.add(pem, upload, passphrase);
  }

  /** What was given; the caller wipes the passphrase array when done. */
  KeyFile value() {
    return new KeyFile(pem.getValue(), passphrase.getValue().toCharArray());
  }

  /** Where Enter submits the import; in the key's text area it starts a new line. */
  PasswordField passphraseField() {
    return passphrase;
  }

  void showKeyError(String message) {
    pem.setErrorMessage(message);
    pem.setInvalid(true);
    pem.focus();
  }

  void showPassphraseError(String message) {
    passphrase.setErrorMessage(message);
    passphrase.setInvalid(true);
    passphrase.focus();
  }

  void setReadOnly(boolean readOnly) {
    pem.setReadOnly(readOnly);
    passphrase.setReadOnly(readOnly);
    upload.setVisible(!readOnly);
  }

  private UploadI18N uploadTexts() {
    return new UploadI18N()
        .setError(
            new UploadI18N.Error()
                .setTooManyFiles(getTranslation("upload.error.too_many"))
                .setFileIsTooBig(getTranslation("upload.error.too_big"))
                .setIncorrectFileType(getTranslation("upload.error.type")))
        .setFile(
            new UploadI18N.File()
                .setRetry(getTranslation("upload.file.retry"))
                .setStart(getTranslation("upload.file.start"))
                .setRemove(getTranslation("upload.file.remove")))
        .setUploading(
            new UploadI18N.Uploading()
                .setError(
                    new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("upload.error.server_unavailable"))
                        .setUnexpectedServerError(getTranslation("upload.error.server"))
                        .setForbidden(getTranslation("upload.error.forbidden"))));
  }
}
