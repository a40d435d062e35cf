package dev.trustportal.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.tenancy.Tenancy;

/**
 * The entry check of the views of one organisation: whoever may not see it gets the not-found page,
 * exactly as for an organisation that does not exist. The services decide (and audit the refusal,
 * see {@link Tenancy}); the views only choose what to show, and their data calls are checked again.
 */
public final class OrganisationGate {

  private OrganisationGate() {}

  /**
   * Whether the caller may see the organisation; if not, the navigation has been rerouted to the
   * not-found page.
   */
  public static boolean admits(BeforeEnterEvent event, Tenancy tenancy, String organisation) {
    try {
      tenancy.requireRole(organisation);
      return true;
    } catch (PortalException refused) {
      if (refused.kind() != PortalException.Kind.NOT_FOUND) {
        throw refused;
      }
      showNotFound(event);
      return false;
    }
  }

  public static void showNotFound(BeforeEnterEvent event) {
    event.rerouteToError(NotFoundException.class);
  }
}
