package dev.trustportal.ui.layout;

import com.vaadin.flow.component.Component;

/**
 * The few style rules for phones (up to 640 px wide): the header trades its signed-in name, language select
 * and Sign out for the {@link UserMenu}, and the title may wrap instead of being cut mid-name. Added to the
 * page at run time because the application ships no theme or frontend files (the pre-compiled bundle is
 * used as is).
 */
final class NarrowScreens {

  static final String WIDE_ONLY = "tp-wide-only";
  static final String NARROW_ONLY = "tp-narrow-only";
  static final String TITLE = "tp-title";

  private static final String RULES = "@media (max-width: 640px) {"
      + " ." + WIDE_ONLY + " { display: none !important; }"
      + " ." + TITLE + " { white-space: normal !important; font-size: var(--lumo-font-size-m) !important;"
      + " line-height: 1.2; }"
      + " }"
      + " @media (min-width: 641px) { ." + NARROW_ONLY + " { display: none !important; } }";

  private NarrowScreens() {}

  static void install(Component on) {
    on.getElement().executeJs(
        "if (!document.getElementById('tp-narrow-screens')) {"
            + " const style = document.createElement('style'); style.id = 'tp-narrow-screens';"
            + " style.textContent = $0; document.head.appendChild(style); }",
        RULES);
  }
}
