package dev.trustportal.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The language select of the header and of the sign-in page. The choice is kept in the Vaadin
 * session over the browser's language, so it survives signing in; the reload renders every text
 * anew.
 */
public class LanguageSelect extends Select<Locale> {

  private static final long serialVersionUID = 1L;

  public LanguageSelect(String id) {
    setId(id);
    setAriaLabel(getTranslation("layout.language"));
    setItems(PortalI18NProvider.LOCALES);
    setItemLabelGenerator(locale -> getTranslation("language." + locale.toLanguageTag()));
    setValue(providedLocale(getLocale()));
    addValueChangeListener(
        event -> {
          if (event.isFromClient() && event.getValue() != null) {
            switchTo(event.getValue());
          }
        });
  }

  /** The provided locale with the language of the given one, English if none. */
  public static Locale providedLocale(Locale locale) {
    return PortalI18NProvider.LOCALES.stream()
        .filter(provided -> locale != null && provided.getLanguage().equals(locale.getLanguage()))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /** Shows the portal in the language from now on, in this session. */
  public static void switchTo(Locale locale) {
    VaadinSession.getCurrent().setLocale(locale);
    UI ui = UI.getCurrent();
    ui.setLocale(locale);
    ui.getPage().reload();
  }
}
