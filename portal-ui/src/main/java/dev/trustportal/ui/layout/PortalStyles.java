package dev.trustportal.ui.layout;

/**
 * The portal's stylesheet (src/main/webapp/styles/portal.css): classes built from Lumo's variables
 * that the views add instead of inline styles. A plain stylesheet, so the pre-compiled Vaadin
 * bundle stays as it is.
 */
public final class PortalStyles {

  public static final String SHEET = "context://styles/portal.css";

  private PortalStyles() {}
}
