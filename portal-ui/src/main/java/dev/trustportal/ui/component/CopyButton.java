package dev.trustportal.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Copies a text to the clipboard in the browser, and says whether it could: the clipboard API where
 * the page may use it, else a selected text area and the copy command (older browsers, plain HTTP).
 */
public class CopyButton extends Button {

  private static final long serialVersionUID = 1L;

  private static final String COPY =
      """
      const text = $0;
      const fallback = () => {
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        let copied = false;
        try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
        area.remove();
        return copied;
      };
      if (navigator.clipboard && window.isSecureContext) {
        return navigator.clipboard.writeText(text).then(() => true, () => fallback());
      }
      return fallback();
      """;

  /**
   * {@code what} names the text in the messages ("the username"); {@code id} identifies the button.
   */
  public CopyButton(String id, String text, String what) {
    super(VaadinIcon.COPY_O.create());
    setId(id);
    addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    String label = getTranslation("copy.label", what);
    setAriaLabel(label);
    setTooltipText(label);
    addClickListener(
        event ->
            getElement()
                .executeJs(COPY, text)
                .then(
                    Boolean.class,
                    copied -> {
                      Notification shown =
                          Notification.show(
                              getTranslation(
                                  Boolean.TRUE.equals(copied) ? "copy.done" : "copy.failed", what));
                      shown.addThemeVariants(
                          Boolean.TRUE.equals(copied)
                              ? NotificationVariant.LUMO_SUCCESS
                              : NotificationVariant.LUMO_CONTRAST);
                    }));
  }
}
