package dev.trustportal.ui.layout;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import dev.trustportal.ui.i18n.LanguageSelect;
import dev.trustportal.ui.i18n.PortalI18NProvider;
import java.util.Locale;

/**
 * The header's user menu on narrow screens (phones): who is signed in, the languages and Sign out,
 * which beside the title would be pushed off a 390 px screen. Wide screens show the three in the
 * header itself.
 */
class UserMenu extends MenuBar {

  private static final long serialVersionUID = 1L;

  UserMenu(String username, Runnable signOut) {
    setId("user-menu");
    addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
    MenuItem root = addItem(VaadinIcon.USER.create());
    root.setId("user-menu-button");
    root.getElement().setAttribute("aria-label", getTranslation("layout.user-menu"));
    SubMenu menu = root.getSubMenu();
    MenuItem who = menu.addItem(getTranslation("layout.signed-in-as", username));
    who.setEnabled(false);
    Locale current = LanguageSelect.providedLocale(getLocale());
    for (Locale locale : PortalI18NProvider.LOCALES) {
      MenuItem language =
          menu.addItem(
              getTranslation("language." + locale.toLanguageTag()),
              event -> LanguageSelect.switchTo(locale));
      language.setId("user-menu-language-" + locale.toLanguageTag());
      language.setCheckable(true);
      language.setChecked(locale.equals(current));
    }
    MenuItem logout = menu.addItem(getTranslation("layout.logout"), event -> signOut.run());
    logout.setId("user-menu-logout");
  }
}
