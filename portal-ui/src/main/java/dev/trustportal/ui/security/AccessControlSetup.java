package dev.trustportal.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Enforces the access annotations of the views ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}) on every navigation. Without Spring, Vaadin does not install its
 * navigation access control by itself; an anonymous user who opens a protected view is sent to
 * {@link LoginView}.
 */
@ApplicationScoped
public class AccessControlSetup {

  void installAccessControl(@Observes ServiceInitEvent event) {
    NavigationAccessControl accessControl = new NavigationAccessControl();
    accessControl.setLoginView(LoginView.class);
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(accessControl));
  }
}
