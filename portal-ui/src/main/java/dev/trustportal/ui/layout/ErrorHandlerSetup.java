package dev.trustportal.ui.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Installs {@link PortalErrorHandler} in every new Vaadin session. */
@ApplicationScoped
public class ErrorHandlerSetup {

  void installErrorHandler(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            init -> init.getSession().setErrorHandler(new PortalErrorHandler()));
  }
}
