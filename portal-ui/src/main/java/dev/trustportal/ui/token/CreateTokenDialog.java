package dev.trustportal.ui.token;

import com.vaadin.flow.component.dialog.Dialog;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.token.CreateToken;
import dev.trustportal.portal.token.CreatedToken;
import dev.trustportal.ui.i18n.PortalMessages;
import java.util.List;
import java.util.function.Function;

/**
 * Asks for a new token (personal or robot: the caller says which service call creates it), shows
 * the service's verdict in the form, and on success the secret, once.
 */
class CreateTokenDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final TokenForm form;
  private final transient Function<CreateToken, CreatedToken> creating;
  private final Runnable created;

  /**
   * @param organisations what a personal token may be scoped to; {@code null} for a robot's
   */
  CreateTokenDialog(
      String titleKey,
      List<String> organisations,
      Function<CreateToken, CreatedToken> creating,
      Runnable created) {
    this.form = new TokenForm(organisations);
    this.creating = creating;
    this.created = created;
    setHeaderTitle(getTranslation(titleKey));
    form.addCreateListener(event -> create(event.command()));
    form.addCancelListener(event -> close());
    add(form);
  }

  @Override
  public void open() {
    super.open();
    form.focusName();
  }

  private void create(CreateToken command) {
    CreatedToken token;
    try {
      token = creating.apply(command);
    } catch (PortalException rejected) {
      form.showError(PortalMessages.of(this, rejected));
      return;
    }
    close();
    new SecretDialog(token).open();
    created.run();
  }
}
