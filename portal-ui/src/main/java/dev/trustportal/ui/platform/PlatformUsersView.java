package dev.trustportal.ui.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.identity.AccountService;
import dev.trustportal.portal.identity.AccountSummary;
import dev.trustportal.portal.identity.UpdateAccount;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform's accounts with their platform roles, for platform admins: what the REST API's
 * {@code /api/v1/users} offers, without curl. The account service decides (and audits) every
 * change; a refusal, such as withdrawing one's own platform-admin role, is shown in the dialog and
 * changes nothing.
 */
@Route(value = Routes.PLATFORM_USERS, layout = MainLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformUsersView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient AccountService accounts;
  private final Grid<AccountSummary> grid = new Grid<>();

  @Inject
  public PlatformUsersView(AccountService accounts) {
    this.accounts = accounts;
    setSizeFull();
    Paragraph roles = new Paragraph(getTranslation("platform.users.roles-explained"));
    roles.setId("platform-roles-explained");
    add(new H2(getTranslation("platform.users.heading")), roles, configureGrid());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("platform.users.title");
  }

  private Grid<AccountSummary> configureGrid() {
    grid.setId("platform-user-grid");
    grid.setSizeFull();
    grid.addColumn(AccountSummary::username)
        .setKey("username")
        .setHeader(getTranslation("platform.users.column.username"))
        .setAutoWidth(true);
    grid.addColumn(a -> a.displayName() == null ? "" : a.displayName())
        .setKey("display-name")
        .setHeader(getTranslation("platform.users.column.display-name"));
    grid.addColumn(this::roles)
        .setKey("roles")
        .setHeader(getTranslation("platform.users.column.roles"));
    grid.addColumn(
            a ->
                getTranslation(
                    a.local() ? "platform.users.sign-in.password" : "platform.users.sign-in.sso"))
        .setKey("sign-in")
        .setHeader(getTranslation("platform.users.column.sign-in"))
        .setAutoWidth(true);
    grid.addColumn(
            a ->
                a.disabled()
                    ? getTranslation(
                        "platform.users.disabled", Times.format(a.disabledAt(), getLocale()))
                    : getTranslation("platform.users.active"))
        .setKey("state")
        .setHeader(getTranslation("platform.users.column.state"))
        .setAutoWidth(true);
    grid.addColumn(a -> Times.format(a.createdAt(), getLocale()))
        .setKey("created")
        .setHeader(getTranslation("platform.users.column.created"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::changeRolesButton)
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setFrozenToEnd(true);
    grid.setItems(
        query ->
            accounts.list(new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
        query -> (int) accounts.list(new PageRequest(0, 1)).total());
    return grid;
  }

  private String roles(AccountSummary account) {
    if (account.roles().isEmpty()) {
      return getTranslation("platform.users.no-role");
    }
    return Roles.PLATFORM.stream()
        .filter(account.roles()::contains)
        .map(role -> getTranslation("platform.role." + role))
        .collect(Collectors.joining(", "));
  }

  private Button changeRolesButton(AccountSummary account) {
    Button change = new Button(VaadinIcon.USER_CARD.create());
    change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    change.setId("platform-roles-" + account.username());
    change.setAriaLabel(getTranslation("platform.users.change-roles", account.username()));
    change.setTooltipText(getTranslation("platform.users.change-roles", account.username()));
    change.addClickListener(event -> openRolesDialog(account));
    return change;
  }

  /** The dialog is the confirmation: each role with what it lets the account do. */
  private void openRolesDialog(AccountSummary account) {
    Dialog dialog = new Dialog();
    dialog.setId("platform-roles-dialog");
    dialog.setHeaderTitle(getTranslation("platform.users.change-roles", account.username()));
    VerticalLayout content = new VerticalLayout();
    Set<Checkbox> boxes = new LinkedHashSet<>();
    for (String role : Roles.PLATFORM) {
      Checkbox box =
          new Checkbox(getTranslation("platform.role." + role), account.roles().contains(role));
      box.setId("platform-role-" + role);
      box.getElement().setProperty("roleName", role);
      boxes.add(box);
      Span does = new Span(getTranslation("platform.role.does." + role));
      does.addClassNames("tp-secondary-text", "tp-small", "tp-choice-explained");
      content.add(box, does);
    }
    Paragraph refusal = new Paragraph();
    refusal.setId("platform-roles-refusal");
    refusal.addClassName("tp-error-text");
    refusal.setVisible(false);
    content.add(
        new Paragraph(getTranslation("platform.users.change-roles.effect", account.username())),
        refusal);
    Button confirm = new Button(getTranslation("platform.users.change-roles.confirm"));
    confirm.setId("platform-roles-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(
        event -> {
          Set<String> wanted =
              boxes.stream()
                  .filter(Checkbox::getValue)
                  .map(box -> box.getElement().getProperty("roleName"))
                  .collect(Collectors.toSet());
          changeRoles(account, wanted, dialog, refusal);
        });
    Button cancel = new Button(getTranslation("platform.users.cancel"), event -> dialog.close());
    cancel.setId("platform-roles-cancel");
    dialog.add(content);
    dialog.getFooter().add(cancel, confirm);
    dialog.setWidth("min(36rem, 100vw)");
    dialog.open();
  }

  private void changeRoles(
      AccountSummary account, Set<String> wanted, Dialog dialog, Paragraph refusal) {
    AccountSummary changed;
    try {
      changed =
          accounts.update(
              account.username(),
              new UpdateAccount(Optional.empty(), Optional.empty(), Optional.of(wanted)));
    } catch (PortalException refused) {
      refusal.setText(PortalMessages.of(this, refused));
      refusal.setVisible(true);
      return;
    }
    dialog.close();
    String asked =
        accounts.waitingRoleRequests(changed.username()).stream()
            .map(request -> getTranslation("platform.role." + request.role()))
            .collect(Collectors.joining(", "));
    Notification.show(
            asked.isEmpty()
                ? getTranslation("platform.users.roles-changed", changed.username(), roles(changed))
                : getTranslation(
                    "platform.users.roles-asked", changed.username(), roles(changed), asked))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }
}
