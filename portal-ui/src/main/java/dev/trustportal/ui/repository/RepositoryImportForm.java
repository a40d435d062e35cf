package dev.trustportal.ui.repository;

import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.repository.DuplicateRepositoryException;
import dev.trustportal.portal.repository.ImportRepository;
import dev.trustportal.portal.repository.InvalidRepositoryNameException;
import dev.trustportal.portal.repository.KeyFileException;
import dev.trustportal.portal.repository.KeyRole;
import dev.trustportal.portal.repository.NothingPublishedException;
import dev.trustportal.portal.repository.WrongKeyPassphraseException;
import dev.trustportal.ui.component.NameForm;

/**
 * Asks for what an import needs (the name, the root and targets key files and their passphrases)
 * and says what will happen before anything does. Knows no service: it fires {@link
 * NameForm.CreateEvent} and shows the service's verdict on the field it concerns.
 */
class RepositoryImportForm extends NameForm {

  private static final long serialVersionUID = 1L;

  private final String gunPrefix;
  private final String organisation;
  private final KeyFileField rootKey =
      new KeyFileField(KeyRole.ROOT, "repository.import.root", "repository.import.root.passphrase");
  private final KeyFileField targetsKey =
      new KeyFileField(
          KeyRole.TARGETS, "repository.import.targets", "repository.import.targets.passphrase");
  private final Paragraph confirmation = new Paragraph();
  private final Span error = new Span();
  private final ProgressBar progress = new ProgressBar();
  private final Span progressText = new Span();

  RepositoryImportForm(String organisation, String gunPrefix) {
    super("repository.import", "import-repository", gunPrefix);
    this.organisation = organisation;
    this.gunPrefix = gunPrefix;
    // Root and targets side by side where there is room, so that the dialog needs no scrolling.
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    nameField().setPrefixComponent(new Span(gunPrefix));
    nameField().setValueChangeMode(ValueChangeMode.LAZY);
    nameField().addValueChangeListener(event -> explain(event.getValue()));
    confirmation.setId("import-confirmation");
    confirmation.addClassName("tp-note");
    error.setId("import-error");
    error.addClassNames("tp-error-text", "tp-small");
    progress.setId("import-progress");
    progress.setIndeterminate(true);
    progressText.setText(getTranslation("repository.import.checking"));
    explain("");
    showProgress(false);
    layOut(rootKey, targetsKey, confirmation, error, progressText, progress);
    setColspan(nameField(), 2);
    submitOnEnterOnlyIn(nameField(), rootKey.passphraseField(), targetsKey.passphraseField());
    for (var wide :
        new com.vaadin.flow.component.Component[] {confirmation, error, progressText, progress}) {
      setColspan(wide, 2);
    }
  }

  /** The command for the service; the caller wipes it when the call returns. */
  ImportRepository command(String name) {
    return new ImportRepository(name, rootKey.value(), targetsKey.value());
  }

  /** While notary-server is asked: a progress bar, and no second click. */
  void showProgress(boolean busy) {
    progress.setVisible(busy);
    progressText.setVisible(busy);
    createButton().setEnabled(!busy);
    nameField().setReadOnly(busy);
    rootKey.setReadOnly(busy);
    targetsKey.setReadOnly(busy);
    if (busy) {
      error.setVisible(false);
    }
  }

  /** Shows the translated verdict of the service on the field it is about, or above the buttons. */
  void showRejection(PortalException rejected, String message) {
    showProgress(false);
    if (rejected instanceof KeyFileException keyFile) {
      KeyFileField field = keyFile.role() == KeyRole.ROOT ? rootKey : targetsKey;
      if (rejected instanceof WrongKeyPassphraseException) {
        field.showPassphraseError(message);
      } else {
        field.showKeyError(message);
      }
    } else if (rejected instanceof InvalidRepositoryNameException
        || rejected instanceof DuplicateRepositoryException
        || rejected instanceof NothingPublishedException) {
      showNameError(message);
    } else {
      error.setText(message);
      error.setVisible(true);
    }
  }

  private void explain(String name) {
    String gun = gunPrefix + (name.isBlank() ? "…" : name.strip());
    confirmation.setText(getTranslation("repository.import.confirmation", gun, organisation));
  }
}
