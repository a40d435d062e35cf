package dev.trustportal.ui.rootcustody;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.rootcustody.CustodyMode;
import dev.trustportal.portal.rootcustody.CustodyService;
import dev.trustportal.portal.rootcustody.RepositoryCustody;
import dev.trustportal.portal.rootcustody.RootCeremony;
import dev.trustportal.portal.rootcustody.RootCeremonyService;
import dev.trustportal.ui.i18n.PortalMessages;
import java.util.Locale;

/**
 * The trust page's root custody: who holds the repository's root keys (each custodian and their
 * security key, and how many must sign), the hint for an owner who holds none, and for owners the
 * root ceremonies that rotate the root keys or the targets key. The services decide; this binds.
 */
public class RootCustodyPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient RootCeremonyService ceremonies;
  private final String organisation;
  private final String repository;
  private final Paragraph error = new Paragraph();

  public RootCustodyPanel(
      CustodyService custody,
      RootCeremonyService ceremonies,
      String organisation,
      String repository,
      boolean owner) {
    this.ceremonies = ceremonies;
    this.organisation = organisation;
    this.repository = repository;
    setId("root-custody");
    setPadding(false);
    error.setId("root-custody-error");
    error.addClassName("tp-error-text");
    RepositoryCustody held = custody.repositoryCustody(organisation, repository);
    add(new H3(getTranslation("custody.panel.title")));
    if (held.mode() == CustodyMode.SERVER) {
      add(text("root-custody-mode", getTranslation("custody.panel.server")));
      addSwitch(held, owner);
      return;
    }
    add(
        text(
            "root-custody-mode",
            getTranslation("custody.panel.owners", held.threshold(), held.rootKeys().size())));
    UnorderedList keys = new UnorderedList();
    keys.setId("root-custody-keys");
    held.rootKeys()
        .forEach(
            k ->
                keys.add(
                    new ListItem(
                        getTranslation(
                            "custody.panel.key", k.keyId(), k.custodian(), k.securityKey()))));
    add(keys);
    if (owner && !held.callerIsCustodian()) {
      add(
          text(
              "root-custody-hint",
              getTranslation(
                  held.callerHasPrfKey() ? "custody.panel.not-yet" : "custody.panel.no-prf-key")));
    }
    if (owner) {
      Button rotateRoot =
          new Button(getTranslation("custody.panel.rotate-root"), e -> open("ROTATE_ROOT"));
      rotateRoot.setId("rotate-root");
      Button rotateTargets =
          new Button(
              getTranslation("custody.panel.rotate-targets"), e -> open("ROTATE_TARGETS_KEY"));
      rotateTargets.setId("rotate-targets-key");
      Button rotateSnapshot =
          new Button(
              getTranslation("custody.panel.rotate-snapshot"), e -> open("ROTATE_SNAPSHOT_KEY"));
      rotateSnapshot.setId("rotate-snapshot-key");
      HorizontalLayout rotations = new HorizontalLayout(rotateRoot, rotateTargets, rotateSnapshot);
      rotations.setWrap(true);
      rotations.setVisible(held.organisationMode() == CustodyMode.OWNERS);
      add(rotations, error);
    }
    addSwitch(held, owner);
  }

  /**
   * For owners, a root left behind by the organisation's custody switch: what differs, and the
   * ceremony that brings it over.
   */
  private void addSwitch(RepositoryCustody held, boolean owner) {
    held.custodySwitch()
        .filter(operation -> owner)
        .ifPresent(
            operation -> {
              String key = "custody.panel.switch." + operation.name().toLowerCase(Locale.ROOT);
              add(text("root-custody-switch-hint", getTranslation(key + ".hint")));
              Button bring = new Button(getTranslation(key), e -> open(operation.name()));
              bring.setId("root-custody-switch");
              add(bring, error);
            });
  }

  private void open(String operation) {
    try {
      RootCeremony opened = ceremonies.openRootChange(organisation, repository, operation);
      getUI()
          .ifPresent(ui -> ui.navigate("orgs/" + organisation + "/root-ceremonies/" + opened.id()));
    } catch (PortalException refused) {
      error.setText(PortalMessages.of(this, refused));
    }
  }

  private static Paragraph text(String id, String text) {
    Paragraph p = new Paragraph(text);
    p.setId(id);
    return p;
  }
}
