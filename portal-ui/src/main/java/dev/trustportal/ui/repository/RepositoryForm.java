package dev.trustportal.ui.repository;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.trustportal.ui.component.NameForm;

/**
 * Asks for the name of a new repository and shows progress while its trust data is being
 * initialised. Knows no service: it fires events.
 */
class RepositoryForm extends NameForm {

  private static final long serialVersionUID = 1L;

  private final ProgressBar progress = new ProgressBar();
  private final Span progressText = new Span();

  RepositoryForm(String gunPrefix) {
    super("repository.form", "repository", gunPrefix);
    nameField().setPrefixComponent(new Span(gunPrefix));
    progress.setId("repository-progress");
    progress.setIndeterminate(true);
    progressText.setText(getTranslation("repository.form.initialising"));
    showProgress(false);
    layOut(progressText, progress);
    setColspan(nameField(), 2);
  }

  /** While notary-server initialises the trust data: a progress bar, and no second click. */
  void showProgress(boolean busy) {
    progress.setVisible(busy);
    progressText.setVisible(busy);
    createButton().setEnabled(!busy);
    nameField().setReadOnly(busy);
  }

  @Override
  public void showNameError(String message) {
    showProgress(false);
    super.showNameError(message);
  }
}
