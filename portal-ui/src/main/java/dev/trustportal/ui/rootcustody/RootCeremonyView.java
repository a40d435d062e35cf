package dev.trustportal.ui.rootcustody;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.rootcustody.CeremonyState;
import dev.trustportal.portal.rootcustody.CeremonyTouch;
import dev.trustportal.portal.rootcustody.RootCeremony;
import dev.trustportal.portal.rootcustody.RootCeremonyService;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import dev.trustportal.ui.layout.OrganisationGate;
import dev.trustportal.ui.webauthn.WebAuthnCeremony;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * A root ceremony: the operation in plain words, its digest and the progress, and for a custodian
 * the touch that signs it (the browser evaluates PRF, the server opens that custodian's root key in
 * memory only), and the custodian's recovery kit. The service decides who may see and sign; the
 * page binds what it answers.
 */
@Route(value = Routes.ROOT_CEREMONY, layout = MainLayout.class)
@PermitAll
public class RootCeremonyView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient RootCeremonyService ceremonies;
  private final H2 heading = new H2();
  private final Paragraph summary = new Paragraph();
  private final Span digest = new Span();
  private final Span progress = new Span();
  private final Paragraph signedBy = new Paragraph();
  private final Span status = new Span();
  private final Button touch = new Button();
  private final Button recoveryKit = new Button();
  private String organisation;
  private long id;

  @Inject
  public RootCeremonyView(RootCeremonyService ceremonies) {
    this.ceremonies = ceremonies;
    summary.setId("ceremony-summary");
    digest.setId("ceremony-digest");
    progress.setId("ceremony-progress");
    progress.getElement().getThemeList().add("badge");
    signedBy.setId("ceremony-signed-by");
    status.setId("ceremony-status");
    touch.setId("ceremony-touch");
    touch.setText(getTranslation("ceremony.touch"));
    touch.setIcon(VaadinIcon.KEY.create());
    touch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    touch.addClickListener(event -> sign());
    recoveryKit.setId("ceremony-recovery-kit");
    recoveryKit.setText(getTranslation("ceremony.kit.open"));
    recoveryKit.setIcon(VaadinIcon.DOWNLOAD.create());
    recoveryKit.addClickListener(
        event -> new RecoveryKitDialog(ceremonies, organisation, id).open());
    add(
        heading,
        summary,
        new Paragraph(getTranslation("ceremony.digest")),
        digest,
        progress,
        signedBy,
        new HorizontalLayout(touch, recoveryKit),
        status);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    organisation = event.getRouteParameters().get(Routes.ORG).orElse("");
    id = event.getRouteParameters().getLong(Routes.CASE_ID).orElse(-1L);
    try {
      show(ceremonies.ceremony(organisation, id));
    } catch (PortalException failure) {
      if (failure.kind() == PortalException.Kind.NOT_FOUND) {
        OrganisationGate.showNotFound(event);
        return;
      }
      throw failure;
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ceremony.title", id);
  }

  private void show(RootCeremony ceremony) {
    heading.setText(getTranslation("ceremony.heading", ceremony.id(), ceremony.gun()));
    summary.setText(
        getTranslation(
            summaryKey(ceremony.operation()),
            ceremony.gun(),
            ceremony.custodians(),
            ceremony.threshold()));
    digest.setText("sha256:" + ceremony.digest());
    progress.setText(
        getTranslation(
            "ceremony.progress",
            ceremony.touches().size(),
            ceremony.threshold(),
            Math.max(0, ceremony.threshold() - ceremony.touches().size())));
    progress
        .getElement()
        .getThemeList()
        .set("success", ceremony.state() == CeremonyState.PUBLISHED);
    signedBy.setText(
        ceremony.touches().isEmpty()
            ? ""
            : getTranslation(
                "ceremony.signed-by",
                ceremony.touches().stream()
                    .map(CeremonyTouch::username)
                    .collect(Collectors.joining(", "))));
    touch.setVisible(ceremony.state() == CeremonyState.OPEN);
    recoveryKit.setVisible(ceremony.givesRecoveryKit());
    if (ceremony.state() != CeremonyState.OPEN) {
      status.setText(
          ceremony.publishError() == null
              ? getTranslation(stateKey(ceremony.state()))
              : getTranslation("ceremony.state.signed-waiting", ceremony.publishError()));
    }
  }

  private void sign() {
    try {
      var challenge = ceremonies.challenge(organisation, id);
      status.setText(getTranslation("ceremony.touching"));
      WebAuthnCeremony.getWithPrf(
          this,
          challenge.challenge(),
          this::signed,
          error -> status.setText(getTranslation("ceremony.cancelled", error)));
    } catch (PortalException refused) {
      refused(refused);
    }
  }

  private void signed(String assertion) {
    try {
      RootCeremony ceremony = ceremonies.touch(organisation, id, assertion);
      status.setText(getTranslation("ceremony.signed"));
      show(ceremony);
    } catch (PortalException refused) {
      refused(refused);
    }
  }

  /** The refusal's words, on the ceremony as it is now (a refusal may have closed it). */
  private void refused(PortalException refusal) {
    show(ceremonies.ceremony(organisation, id));
    status.setText(PortalMessages.of(this, refusal));
  }

  private static String stateKey(CeremonyState state) {
    return switch (state) {
      case SIGNED -> "ceremony.state.signed";
      case PUBLISHED -> "ceremony.state.published";
      case FAILED -> "ceremony.state.failed";
      default -> "ceremony.state.expired";
    };
  }

  private static String summaryKey(String operation) {
    return switch (operation) {
      case "ROTATE_ROOT" -> "ceremony.summary.rotate-root";
      case "ROTATE_TARGETS_KEY" -> "ceremony.summary.rotate-targets";
      case "ROTATE_SNAPSHOT_KEY" -> "ceremony.summary.rotate-snapshot";
      case "RETURN_ROOT_TO_SERVER" -> "ceremony.summary.return-to-server";
      case "HAND_ROOT_TO_CUSTODIANS" -> "ceremony.summary.hand-to-custodians";
      default -> "ceremony.summary";
    };
  }
}
