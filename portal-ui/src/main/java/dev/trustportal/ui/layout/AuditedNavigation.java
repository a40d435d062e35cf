package dev.trustportal.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import dev.trustportal.portal.audit.AuditedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Tells the audit log which view a navigation asks for ({@code view orgs/acme/members}), before the
 * view's own checks run, so that a refusal decided in the services names the view that was refused.
 */
@ApplicationScoped
public class AuditedNavigation {

  static String describe(Location location) {
    return "view /" + location.getPathWithQueryParameters();
  }

  void describeNavigations(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> init.getUI().addBeforeEnterListener(AuditedNavigation::describe));
  }

  /** Looked up per navigation: the listener lives in the (serialisable) UI. */
  private static void describe(BeforeEnterEvent navigation) {
    CDI.current().select(AuditedRequest.class).get().describe(describe(navigation.getLocation()));
  }
}
