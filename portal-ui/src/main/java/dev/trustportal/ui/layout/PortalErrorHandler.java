package dev.trustportal.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import dev.trustportal.portal.common.PortalException;
import jakarta.ejb.EJBAccessException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for failures no view handled: shows a translated notification and never a stack
 * trace. Domain failures get their own message; anything else is logged with its stack trace on the
 * server and shown as a generic message.
 */
public class PortalErrorHandler implements ErrorHandler {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PortalErrorHandler.class.getName());
  private static final int DURATION_MS = 6000;

  @Override
  public void error(ErrorEvent event) {
    Throwable failure = event.getThrowable();
    Optional<PortalException> domain = cause(failure, PortalException.class);
    if (domain.isEmpty()) {
      LOG.log(Level.SEVERE, "Unexpected error in the user interface", failure);
    }
    UI ui = UI.getCurrent();
    if (ui == null) {
      return;
    }
    String text =
        domain
            .map(e -> ui.getTranslation(e.messageKey(), e.arguments()))
            .orElseGet(
                () ->
                    ui.getTranslation(
                        cause(failure, EJBAccessException.class).isPresent()
                            ? "error.forbidden"
                            : "error.unexpected"));
    Notification notification = Notification.show(text, DURATION_MS, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
