/**
 * Translations: the {@link dev.trustportal.ui.i18n.PortalI18NProvider} that Vaadin uses for every
 * {@code getTranslation} call (English and Simplified Chinese, from {@code
 * vaadin-i18n/translations}), and {@link dev.trustportal.ui.i18n.PortalMessages}, which turns a
 * domain exception into its translated message so that every view words errors the same way.
 */
package dev.trustportal.ui.i18n;
