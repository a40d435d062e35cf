package dev.trustportal.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.router.PageTitle;

/**
 * Page-level settings of the Vaadin application. The Lumo theme is Vaadin's default and needs no
 * annotation; there is deliberately no custom theme or frontend code, so the pre-compiled
 * production bundle is used as is.
 */
@PageTitle("Trust Portal")
@Meta(name = "description", content = "Docker Content Trust administration for a shared registry")
public class AppShell implements AppShellConfigurator {

  private static final long serialVersionUID = 1L;
}
