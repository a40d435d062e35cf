package dev.trustportal.ui.i18n;

import com.vaadin.flow.component.Component;
import dev.trustportal.portal.common.PortalException;

/** The translated text of a domain failure, as every view shows it. */
public final class PortalMessages {

  private PortalMessages() {}

  public static String of(Component component, PortalException failure) {
    return component.getTranslation(failure.messageKey(), failure.arguments());
  }
}
