package dev.trustportal.ui.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.Page;
import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.membership.AddMember;
import dev.trustportal.portal.membership.CustodianLoss;
import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.membership.MemberSummary;
import dev.trustportal.portal.membership.MembershipService;
import dev.trustportal.portal.rootcustody.CustodyService;
import dev.trustportal.portal.tenancy.Tenancy;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The members of one organisation, paged in the database as the user scrolls; adding members (with
 * a lookup of people the caller works with), changing a member's role and removing members. An
 * organisation the user does not belong to is "not found", as in the API.
 */
@Route(value = Routes.MEMBERS, layout = MainLayout.class)
@PermitAll
public class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient MembershipService memberships;
  private final transient CustodyService custody;
  private final transient Tenancy tenancy;
  private final H2 heading = new H2();
  private final Grid<MemberSummary> grid = new Grid<>();
  private final Button addMember = addMemberButton();
  private String organisation = "";

  @Inject
  public MembersView(MembershipService memberships, Tenancy tenancy, CustodyService custody) {
    this.memberships = memberships;
    this.custody = custody;
    this.tenancy = tenancy;
    setSizeFull();
    add(heading, addMember, configureGrid());
  }

  static String roleKey(MemberRole role) {
    return "member.role." + role.name();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    organisation = event.getRouteParameters().get(Routes.ORG).orElse("");
    if (!OrganisationGate.admits(event, tenancy, organisation)) {
      return;
    }
    heading.setText(getTranslation("members.heading", organisation));
    // Only offers what the caller may do; the service checks the role again on every change.
    boolean mayManage =
        tenancy.requireRole(organisation).mayActAs(MemberRole.OWNER, MemberRole.ADMIN);
    addMember.setVisible(mayManage);
    grid.getColumnByKey("actions").setVisible(mayManage);
    grid.setItems(
        query -> page(query.getPage(), query.getPageSize()).items().stream(),
        query -> (int) page(0, 1).total());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("members.title", organisation);
  }

  private Page<MemberSummary> page(int page, int size) {
    return memberships.members(organisation, new PageRequest(page, size));
  }

  private Button addMemberButton() {
    Button button = new Button(getTranslation("members.add"), VaadinIcon.PLUS.create());
    button.setId("add-member-button");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.addClickListener(event -> openAddDialog());
    return button;
  }

  private Grid<MemberSummary> configureGrid() {
    grid.setId("member-grid");
    grid.setSizeFull();
    grid.addColumn(MemberSummary::username)
        .setKey("username")
        .setHeader(getTranslation("members.column.username"));
    grid.addColumn(member -> getTranslation(roleKey(member.role())))
        .setKey("role")
        .setHeader(getTranslation("members.column.role"));
    grid.addColumn(member -> Times.format(member.since(), getLocale()))
        .setKey("since")
        .setHeader(getTranslation("members.column.since"));
    grid.addComponentColumn(this::actions)
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setFrozenToEnd(true);
    return grid;
  }

  /** Change role where the caller may give the member another role, and removal. */
  private HorizontalLayout actions(MemberSummary member) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(false);
    List<MemberRole> assignable = memberships.assignableRoles(organisation, member.role());
    if (!assignable.isEmpty()) {
      actions.add(changeRoleButton(member, assignable));
    }
    actions.add(removeButton(member));
    return actions;
  }

  private Button changeRoleButton(MemberSummary member, List<MemberRole> assignable) {
    Button change = new Button(VaadinIcon.USER_CARD.create());
    change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    change.setAriaLabel(getTranslation("members.change-role", member.username()));
    change.setTooltipText(getTranslation("members.change-role", member.username()));
    change.setId("change-role-" + member.username());
    change.addClickListener(event -> openChangeRoleDialog(member, assignable));
    return change;
  }

  /** The dialog is the confirmation: it names the current role and says what the new one may do. */
  private void openChangeRoleDialog(MemberSummary member, List<MemberRole> assignable) {
    Dialog dialog = new Dialog();
    dialog.setId("change-role-dialog");
    dialog.setHeaderTitle(getTranslation("members.change-role.header", member.username()));
    Paragraph now =
        new Paragraph(
            getTranslation(
                "members.change-role.now",
                member.username(),
                getTranslation(roleKey(member.role()))));
    Select<MemberRole> role = new Select<>();
    role.setId("change-role-select");
    role.setLabel(getTranslation("member.form.role"));
    role.setItems(assignable);
    role.setItemLabelGenerator(r -> getTranslation(roleKey(r)));
    // Demoting an owner who is a custodian may drop the custodians below M: the dialog says so
    // before, and confirming then acknowledges it, as the API's acknowledgeCustodianLoss does.
    var loss =
        member.role() == MemberRole.OWNER
            ? custody.removalWarning(organisation, member.username())
            : Optional.<CustodianLoss>empty();
    Paragraph custodianWarning = new Paragraph();
    custodianWarning.setId("change-role-custodian-warning");
    custodianWarning.addClassName("tp-error-text");
    custodianWarning.setVisible(false);
    loss.ifPresent(
        l ->
            custodianWarning.setText(
                getTranslation(
                    "members.demote.custodians-below-threshold",
                    member.username(),
                    l.custodiansLeft(),
                    l.threshold())));
    role.addValueChangeListener(
        event -> {
          role.setHelperText(MemberForm.describe(event.getValue()));
          custodianWarning.setVisible(loss.isPresent() && event.getValue() != MemberRole.OWNER);
        });
    role.setValue(member.role());
    role.setWidthFull();
    Paragraph refusal = new Paragraph();
    refusal.setId("change-role-refusal");
    refusal.addClassName("tp-error-text");
    refusal.setVisible(false);
    Button confirm = new Button(getTranslation("members.change-role.confirm"));
    confirm.setId("change-role-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(
        event ->
            changeRole(member, role.getValue(), custodianWarning.isVisible(), dialog, refusal));
    Button cancel = new Button(getTranslation("member.form.cancel"), event -> dialog.close());
    cancel.setId("change-role-cancel");
    dialog.add(new VerticalLayout(now, role, custodianWarning, refusal));
    dialog.getFooter().add(cancel, confirm);
    dialog.setWidth("min(32rem, 100vw)");
    dialog.open();
  }

  /**
   * A refusal (the last owner, a role the caller may not give) stays in the dialog; nothing
   * changed.
   */
  private void changeRole(
      MemberSummary member,
      MemberRole role,
      boolean custodianLossAcknowledged,
      Dialog dialog,
      Paragraph refusal) {
    if (role == member.role()) {
      dialog.close();
      return;
    }
    try {
      memberships.changeRole(organisation, member.username(), role, custodianLossAcknowledged);
    } catch (PortalException refused) {
      refusal.setText(PortalMessages.of(this, refused));
      refusal.setVisible(true);
      return;
    }
    dialog.close();
    Notification.show(
            getTranslation(
                "members.role-changed", member.username(), getTranslation(roleKey(role))))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }

  private Button removeButton(MemberSummary member) {
    Button remove = new Button(VaadinIcon.TRASH.create());
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel(getTranslation("members.remove", member.username()));
    remove.setTooltipText(getTranslation("members.remove", member.username()));
    remove.setId("remove-member-" + member.username());
    remove.addClickListener(event -> confirmRemoval(member));
    return remove;
  }

  private void openAddDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("member.form.title", organisation));
    MemberForm form = new MemberForm(typed -> memberships.suggestions(organisation, typed));
    form.addAddListener(event -> add(event.username(), event.role(), form, dialog));
    form.addCancelListener(event -> dialog.close());
    dialog.add(form);
    dialog.open();
    form.focusUsername();
  }

  private void add(String username, MemberRole role, MemberForm form, Dialog dialog) {
    MemberSummary added;
    try {
      added = memberships.addMember(organisation, new AddMember(username, role));
    } catch (PortalException rejected) {
      form.showError(PortalMessages.of(this, rejected));
      return;
    }
    dialog.close();
    Notification.show(
            getTranslation("members.added", added.username(), getTranslation(roleKey(role))))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }

  /** Failures (the last owner, a missing role) reach the error handler, which explains them. */
  private void confirmRemoval(MemberSummary member) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("remove-member-dialog");
    confirm.setHeader(getTranslation("members.remove.header", member.username()));
    String text = getTranslation("members.remove.text", member.username(), organisation);
    // Before a removal drops the custodians of OWNERS custody below M: say what it costs. To
    // confirm then acknowledges it, as the API's acknowledgeCustodianLoss does.
    var warning = custody.removalWarning(organisation, member.username());
    confirm.setText(
        warning
            .map(
                loss ->
                    text
                        + " "
                        + getTranslation(
                            "members.remove.custodians-below-threshold",
                            member.username(),
                            loss.custodiansLeft(),
                            loss.threshold()))
            .orElse(text));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("member.form.cancel"));
    confirm.setConfirmText(getTranslation("members.remove.confirm"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(event -> remove(member, warning.isPresent()));
    confirm.open();
  }

  private void remove(MemberSummary member, boolean custodianLossAcknowledged) {
    memberships.removeMember(organisation, member.username(), custodianLossAcknowledged);
    Notification.show(getTranslation("members.removed", member.username()))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    grid.getDataProvider().refreshAll();
  }
}
