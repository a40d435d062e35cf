package dev.trustportal.ui.token;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.organisation.OrganisationService;
import dev.trustportal.portal.organisation.OrganisationSummary;
import dev.trustportal.portal.token.ApiTokenService;
import dev.trustportal.portal.token.TokenSummary;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;

/** The signed-in person's personal API tokens: list, create (the secret shown once), revoke. */
@Route(value = Routes.API_TOKENS, layout = MainLayout.class)
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient ApiTokenService tokens;
  private final transient OrganisationService organisations;
  private final TokenGrid grid = new TokenGrid("token-grid", this::revoke);

  @Inject
  public ApiTokensView(ApiTokenService tokens, OrganisationService organisations) {
    this.tokens = tokens;
    this.organisations = organisations;
    H2 heading = new H2(getTranslation("tokens.heading"));
    Paragraph intro = new Paragraph(getTranslation("tokens.intro"));
    add(heading, intro, createButton(), grid);
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tokens.title");
  }

  private Button createButton() {
    Button button = new Button(getTranslation("tokens.create"), VaadinIcon.PLUS.create());
    button.setId("create-token-button");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.addClickListener(event -> openCreateDialog());
    return button;
  }

  private void openCreateDialog() {
    List<String> mine =
        organisations.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
            .map(OrganisationSummary::name)
            .toList();
    new CreateTokenDialog("tokens.create", mine, tokens::createPersonal, this::refresh).open();
  }

  private void revoke(TokenSummary token) {
    tokens.revokePersonal(token.id());
    Notification.show(getTranslation("token.revoked", token.name()))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    refresh();
  }

  private void refresh() {
    grid.setItems(tokens.personalTokens());
  }
}
