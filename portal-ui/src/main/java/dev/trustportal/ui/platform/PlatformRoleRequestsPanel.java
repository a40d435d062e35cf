package dev.trustportal.ui.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.approval.ApprovalChallenge;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.identity.PlatformRoleRequest;
import dev.trustportal.portal.platformrole.PlatformRoleRequestDesk;
import dev.trustportal.ui.component.ReasonDialog;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;
import java.util.List;

/**
 * The platform roles asked for accounts that wait for a second platform admin: approve one with a
 * security key (the role is then given) or reject it with a reason. Who may approve is the desk's
 * rule.
 */
class PlatformRoleRequestsPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient PlatformRoleRequestDesk desk;
  private final Grid<PlatformRoleRequest> grid = new Grid<>();
  private final Span none = new Span();
  private final Span status = new Span();

  PlatformRoleRequestsPanel(PlatformRoleRequestDesk desk) {
    this.desk = desk;
    setId("platform-role-requests");
    setPadding(false);
    none.setId("platform-role-requests-none");
    none.setText(getTranslation("platform.roles.none"));
    status.setId("platform-role-requests-status");
    grid.setId("platform-role-requests-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.addColumn(r -> "#" + r.id()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(PlatformRoleRequest::username)
        .setHeader(getTranslation("platform.roles.account"))
        .setAutoWidth(true);
    grid.addColumn(PlatformRoleRequest::role)
        .setHeader(getTranslation("platform.roles.role"))
        .setAutoWidth(true);
    grid.addColumn(
            r ->
                getTranslation(
                    "platform.roles.asked",
                    r.requestedBy(),
                    Times.format(r.requestedAt(), getLocale())))
        .setHeader(getTranslation("platform.roles.asked-by"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::decision)
        .setHeader(getTranslation("platform.roles.decision"))
        .setAutoWidth(true);
    add(
        new H3(getTranslation("platform.roles.heading")),
        new Span(getTranslation("platform.roles.explain")),
        none,
        grid,
        status);
    refresh();
  }

  private void refresh() {
    List<PlatformRoleRequest> waiting = desk.waiting();
    grid.setItems(waiting);
    grid.setVisible(!waiting.isEmpty());
    none.setVisible(waiting.isEmpty());
  }

  private HorizontalLayout decision(PlatformRoleRequest request) {
    Button approve =
        new Button(
            getTranslation("approve.with-key"), VaadinIcon.KEY.create(), e -> approve(request));
    approve.setId("approve-role-request-" + request.id());
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    Button reject = new Button(getTranslation("reject.confirm"), e -> rejectDialog(request).open());
    reject.setId("reject-role-request-" + request.id());
    reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return new HorizontalLayout(approve, reject);
  }

  private void approve(PlatformRoleRequest request) {
    ApprovalChallenge challenge;
    try {
      challenge = desk.challenge(request.id());
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
      return;
    }
    if (challenge.options().allowCredentials().isEmpty()) {
      status.setText(getTranslation("approve.no-keys"));
      return;
    }
    status.setText(getTranslation("approve.touch"));
    WebAuthnCeremony.get(
        this,
        challenge.options(),
        assertion -> signed(request, assertion),
        error -> status.setText(getTranslation("platform.roles.cancelled", error)));
  }

  private void signed(PlatformRoleRequest request, String assertion) {
    try {
      desk.approve(request.id(), assertion);
      status.setText("");
      Notification.show(
              getTranslation("platform.roles.granted", request.role(), request.username()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      refresh();
    } catch (PortalException refused) {
      status.setText(PortalMessages.of(this, refused));
    }
  }

  private ReasonDialog rejectDialog(PlatformRoleRequest request) {
    ReasonDialog.Texts texts =
        new ReasonDialog.Texts(
            "reject",
            getTranslation("platform.roles.reject-title", request.id()),
            getTranslation(
                "platform.roles.summary",
                request.role(),
                request.username(),
                request.requestedBy()),
            getTranslation("reject.reason"),
            getTranslation("reject.confirm"),
            getTranslation("approve.cancel"));
    return new ReasonDialog(
        "reject-role-request-dialog",
        texts,
        reason -> desk.reject(request.id(), reason),
        this::refresh);
  }
}
