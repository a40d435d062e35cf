/**
 * The Vaadin user interface of the portal: {@link dev.trustportal.ui.AppShell} configures the page,
 * sub-packages hold the views by feature ({@code organisation}) and the cross-cutting parts
 * (layout, i18n, security, health). Views call the use-case services of portal-services and never
 * see entities.
 */
package dev.trustportal.ui;
