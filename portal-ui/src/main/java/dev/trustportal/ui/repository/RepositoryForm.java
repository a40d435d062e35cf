package dev.trustportal.ui.repository;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Asks for the name of a new repository and shows progress while its trust data is being initialised.
 * Knows no service: it fires events.
 */
class RepositoryForm extends FormLayout {

  private static final long serialVersionUID = 1L;

  private final TextField name = new TextField();
  private final Button create = new Button();
  private final ProgressBar progress = new ProgressBar();
  private final Span progressText = new Span();

  RepositoryForm(String gunPrefix) {
    name.setId("repository-name-field");
    name.setLabel(getTranslation("repository.form.name"));
    name.setHelperText(getTranslation("repository.form.name.helper", gunPrefix));
    name.setPrefixComponent(new Span(gunPrefix));
    // The service is the judge of a valid name; the field only shows its verdict.
    name.setManualValidation(true);
    name.addValueChangeListener(event -> name.setInvalid(false));
    name.setWidthFull();

    create.setText(getTranslation("repository.form.create"));
    create.setId("create-repository-button");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickShortcut(Key.ENTER);
    create.addClickListener(event -> fireEvent(new CreateEvent(this, name.getValue())));

    Button cancel = new Button(getTranslation("repository.form.cancel"));
    cancel.setId("cancel-repository-button");
    cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));

    progress.setId("repository-progress");
    progress.setIndeterminate(true);
    progressText.setText(getTranslation("repository.form.initialising"));
    showProgress(false);
    add(name, progressText, progress, new HorizontalLayout(create, cancel));
    setColspan(name, 2);
  }

  void focusName() {
    name.focus();
  }

  /** While notary-server initialises the trust data: a progress bar, and no second click. */
  void showProgress(boolean busy) {
    progress.setVisible(busy);
    progressText.setVisible(busy);
    create.setEnabled(!busy);
    name.setReadOnly(busy);
  }

  void showNameError(String message) {
    showProgress(false);
    name.setErrorMessage(message);
    name.setInvalid(true);
    name.focus();
  }

  Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The user asked to create a repository with this name. */
  static final class CreateEvent extends ComponentEvent<RepositoryForm> {

    private static final long serialVersionUID = 1L;
    private final String name;

    CreateEvent(RepositoryForm source, String name) {
      super(source, false);
      this.name = name;
    }

    String name() {
      return name;
    }
  }

  /** The user gave up. */
  static final class CancelEvent extends ComponentEvent<RepositoryForm> {

    private static final long serialVersionUID = 1L;

    CancelEvent(RepositoryForm source) {
      super(source, false);
    }
  }
}
