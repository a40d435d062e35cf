package dev.trustportal.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinRequest;
import dev.trustportal.portal.audit.AccessDenials;
import dev.trustportal.portal.audit.AuditedRequest;
import dev.trustportal.portal.common.PortalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for failures no view handled: shows a translated notification and never a stack
 * trace. Domain failures get their own message; anything else is logged with its stack trace on the
 * server and shown as a generic message. A call the EJB container refused is recorded as {@code
 * access.denied} in the platform audit chain.
 */
public class PortalErrorHandler implements ErrorHandler {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PortalErrorHandler.class.getName());
  private static final int DURATION_MS = 6000;

  @Override
  public void error(ErrorEvent event) {
    Throwable failure = event.getThrowable();
    Optional<PortalException> domain = cause(failure, PortalException.class);
    Optional<EJBAccessException> denied = cause(failure, EJBAccessException.class);
    UI ui = UI.getCurrent();
    denied.ifPresent(refusal -> recordDenial(refusal, ui));
    if (domain.isEmpty() && denied.isEmpty()) {
      LOG.log(Level.SEVERE, "Unexpected error in the user interface", failure);
    }
    if (ui == null) {
      return;
    }
    String text =
        domain
            .map(e -> ui.getTranslation(e.messageKey(), e.arguments()))
            .orElseGet(
                () ->
                    ui.getTranslation(denied.isPresent() ? "error.forbidden" : "error.unexpected"));
    Notification notification = Notification.show(text, DURATION_MS, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  /**
   * Looked up when needed rather than held: the handler lives in the (serialisable) Vaadin session.
   * Recording never fails the handler (see {@link AccessDenials}).
   */
  private static void recordDenial(EJBAccessException refusal, UI ui) {
    VaadinRequest request = VaadinRequest.getCurrent();
    Principal caller = request == null ? null : request.getUserPrincipal();
    if (ui != null) {
      CDI.current()
          .select(AuditedRequest.class)
          .get()
          .describeIfUnknown(AuditedNavigation.describe(ui.getActiveViewLocation()));
    }
    CDI.current()
        .select(AccessDenials.class)
        .get()
        .record(null, caller == null ? null : caller.getName(), refusal.getMessage());
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
