package dev.trustportal.ui.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translates UI texts from the bundles {@value #BUNDLE}. English is the base bundle, so a locale
 * that is not provided, or a key missing from the Chinese bundle, falls back to English; a key
 * missing everywhere shows as {@code !key!} so that it stands out. Every text goes through {@link
 * MessageFormat}, so a literal apostrophe in a bundle is written twice ({@code ''}).
 */
// vaadin-cdi looks the provider up among beans qualified @VaadinServiceEnabled.
@VaadinServiceEnabled
@VaadinServiceScoped
public class PortalI18NProvider implements I18NProvider {

  private static final long serialVersionUID = 1L;
  static final String BUNDLE = "vaadin-i18n/translations";
  public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  // No fallback to the JVM's default locale: the base bundle (English) is the only fallback.
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Override
  public List<Locale> getProvidedLocales() {
    return LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    if (key == null) {
      return "";
    }
    Locale effective = locale == null ? Locale.ENGLISH : locale;
    try {
      String pattern = bundle(effective).getString(key);
      return new MessageFormat(pattern, effective).format(params);
    } catch (MissingResourceException missing) {
      return "!" + key + "!";
    }
  }

  private ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, locale, PortalI18NProvider.class.getClassLoader(), CONTROL);
  }
}
