package dev.trustportal.ui.token;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.tenancy.Tenancy;
import dev.trustportal.portal.token.ApiTokenService;
import dev.trustportal.portal.token.TokenSummary;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The robot tokens of one organisation, for CI: its owners and admins list, create and revoke them;
 * other members learn what robots are and whom to ask. Another organisation is "not found".
 */
@Route(value = Routes.ROBOT_TOKENS, layout = MainLayout.class)
@PermitAll
public class RobotTokensView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient ApiTokenService tokens;
  private final transient Tenancy tenancy;
  private final H2 heading = new H2();
  private final Paragraph intro = new Paragraph();
  private final Button create = createButton();
  private final TokenGrid grid = new TokenGrid("robot-token-grid", this::revoke, true);
  private String organisation = "";

  @Inject
  public RobotTokensView(ApiTokenService tokens, Tenancy tenancy) {
    this.tokens = tokens;
    this.tenancy = tenancy;
    add(heading, intro, create, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    organisation = event.getRouteParameters().get(Routes.ORG).orElse("");
    if (!OrganisationGate.admits(event, tenancy, organisation)) {
      return;
    }
    heading.setText(getTranslation("robots.heading", organisation));
    // Only offers what the caller may do; the service checks the role again on every call.
    boolean mayManage =
        tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER, MemberRole.ADMIN);
    intro.setText(getTranslation(mayManage ? "robots.intro" : "robots.owners-only", organisation));
    create.setVisible(mayManage);
    grid.setVisible(mayManage);
    if (mayManage) {
      refresh();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("robots.title", organisation);
  }

  private Button createButton() {
    Button button = new Button(getTranslation("robots.create"), VaadinIcon.PLUS.create());
    button.setId("create-robot-token-button");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.addClickListener(event -> openCreateDialog());
    return button;
  }

  private void openCreateDialog() {
    new CreateTokenDialog(
            "robots.create",
            null,
            command -> tokens.createRobot(organisation, command),
            this::refresh)
        .open();
  }

  private void revoke(TokenSummary token) {
    tokens.revokeRobot(organisation, token.id());
    Notification.show(getTranslation("token.revoked", token.name()))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    refresh();
  }

  private void refresh() {
    grid.setItems(tokens.robotTokens(organisation));
  }
}
