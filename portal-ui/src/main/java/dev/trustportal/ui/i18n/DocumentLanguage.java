package dev.trustportal.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps {@code <html lang>} on the language the page is shown in, so that screen readers pronounce
 * it and browsers pick the right fonts (a Chinese page marked {@code en} gets Japanese glyph shapes
 * in some browsers). The page is rendered once per language (a switch reloads it), so setting it
 * after each navigation is enough.
 */
@ApplicationScoped
public class DocumentLanguage {

  void followLanguage(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> {
              UI ui = init.getUI();
              ui.addAfterNavigationListener(navigation -> mark(ui));
            });
  }

  private static void mark(UI ui) {
    String tag = LanguageSelect.providedLocale(ui.getLocale()).toLanguageTag();
    ui.getElement().executeJs("document.documentElement.lang = $0", tag);
  }
}
