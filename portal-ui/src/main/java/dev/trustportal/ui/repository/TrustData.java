package dev.trustportal.ui.repository;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.change.KeyRemovals;
import dev.trustportal.portal.repository.KeyDetails;
import dev.trustportal.portal.repository.RoleDetails;
import dev.trustportal.portal.repository.SignerDetails;
import dev.trustportal.portal.repository.TrustDetails;
import dev.trustportal.portal.repository.TrustWords;
import dev.trustportal.ui.component.ShortKeyId;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A repository's trust data as tables: roles with thresholds and expiry, and signers with their
 * keys. With actions (for owners and admins) it also offers the changes of trust: a threshold per
 * delegation, adding a signer or a key, removing either.
 */
class TrustData extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final Optional<TrustActions> actions;
  private final Optional<Runnable> requestSigner;
  private final TrustDetails trust;

  /**
   * @param requestSigner for members who may not change trust: asks owners and admins for a signer
   */
  TrustData(TrustDetails trust, Optional<TrustActions> actions, Optional<Runnable> requestSigner) {
    this.actions = actions;
    this.requestSigner = requestSigner;
    this.trust = trust;
    setPadding(false);
    setId("trust-data");
    add(new H3(getTranslation("trust.roles")), roles(trust.roles()));
    add(signersHeading(), signers(trust.signers()));
  }

  private Grid<RoleDetails> roles(List<RoleDetails> roles) {
    Grid<RoleDetails> grid = compactGrid("trust-roles");
    grid.addColumn(RoleDetails::name)
        .setHeader(getTranslation("trust.column.role"))
        .setAutoWidth(true);
    grid.addColumn(r -> thresholdText(r.name(), r.threshold(), r.keyIds().size()))
        .setHeader(getTranslation("trust.column.threshold"))
        .setAutoWidth(true);
    grid.addColumn(r -> String.join(", ", r.keyIds().stream().map(ShortKeyId::of).toList()))
        .setHeader(getTranslation("trust.column.keys"));
    grid.addColumn(r -> date(r.expires()))
        .setHeader(getTranslation("trust.column.expires"))
        .setAutoWidth(true);
    actions.ifPresent(
        a ->
            grid.addComponentColumn(
                    r ->
                        r.thresholdChangeable()
                            ? thresholdButton(
                                a, r.name(), "releases", r.threshold(), r.keyIds().size())
                            : new Span())
                .setAutoWidth(true)
                .setFlexGrow(0));
    grid.setItems(roles);
    return grid;
  }

  private Component signersHeading() {
    H3 heading = new H3(getTranslation("trust.signers"));
    if (actions.isEmpty()) {
      return requestSigner.<Component>map(ask -> requestSignerRow(heading, ask)).orElse(heading);
    }
    Button add = new Button(getTranslation("trust.add-signer"), VaadinIcon.PLUS.create());
    add.setId("add-signer-button");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    add.addClickListener(event -> actions.get().addSigner());
    HorizontalLayout row = new HorizontalLayout(heading, add);
    row.setAlignItems(Alignment.BASELINE);
    return row;
  }

  private Component requestSignerRow(H3 heading, Runnable ask) {
    Button request = new Button(getTranslation("trust.request-signer"), VaadinIcon.PLUS.create());
    request.setId("request-signer-button");
    request.addThemeVariants(ButtonVariant.LUMO_SMALL);
    request.addClickListener(event -> ask.run());
    HorizontalLayout row = new HorizontalLayout(heading, request);
    row.setAlignItems(Alignment.BASELINE);
    return row;
  }

  /** One row per signer: its threshold, its keys (each removable) and what can be done with it. */
  private Component signers(List<SignerDetails> signers) {
    if (signers.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("trust.signers.none"));
      none.setId("trust-signers-none");
      return none;
    }
    Grid<SignerDetails> grid = compactGrid("trust-signers");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(SignerDetails::name)
        .setHeader(getTranslation("trust.column.signer"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(s -> thresholdText("targets/" + s.name(), s.threshold(), s.keys().size()))
        .setHeader(getTranslation("trust.column.threshold"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(s -> s.account().orElse("\u2013"))
        .setHeader(getTranslation("trust.column.account"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::keys)
        .setHeader(getTranslation("trust.column.signer-keys"))
        .setFlexGrow(1);
    actions.ifPresent(
        a ->
            grid.addComponentColumn(s -> signerActions(a, s))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true));
    grid.setItems(signers);
    return grid;
  }

  private Component keys(SignerDetails signer) {
    VerticalLayout keys = new VerticalLayout();
    keys.setPadding(false);
    keys.setSpacing(false);
    signer.keys().forEach(key -> keys.add(key(signer, key)));
    return keys;
  }

  private Component key(SignerDetails signer, KeyDetails key) {
    Span id = new Span(ShortKeyId.of(key.id()));
    id.setTitle(key.id());
    id.addClassName("tp-mono");
    Span details =
        new Span(
            key.expires()
                .map(
                    expires ->
                        getTranslation(
                            "trust.key.expires",
                            key.algorithm(),
                            Times.format(expires, getLocale())))
                .orElse(key.algorithm()));
    details.addClassName("tp-secondary-text");
    HorizontalLayout line = new HorizontalLayout(id, details);
    key.canonicalId().ifPresent(canonical -> line.add(canonicalId(canonical)));
    line.setAlignItems(Alignment.CENTER);
    line.setSpacing(true);
    actions.ifPresent(a -> line.add(removeKeyButton(a, signer, key)));
    return line;
  }

  /** Not offered where filing would be refused (a signer's only key): disabled, with the reason. */
  private Button removeKeyButton(TrustActions a, SignerDetails signer, KeyDetails key) {
    Button remove =
        iconButton(
            VaadinIcon.CLOSE_SMALL,
            "remove-key-" + signer.name() + "-" + ShortKeyId.of(key.id()),
            getTranslation("trust.remove-key", ShortKeyId.of(key.id())),
            true,
            () -> a.removeKey(signer, key));
    KeyRemovals.refusal(signer, key)
        .ifPresent(
            refusal -> {
              String reason = PortalMessages.of(this, refusal);
              remove.setEnabled(false);
              remove.setTooltipText(reason);
              remove.getElement().setAttribute("title", reason);
            });
    return remove;
  }

  /** A certificate key's ID as the notary CLI prints it, which is not the one in the metadata. */
  private Span canonicalId(String canonical) {
    Span cli = new Span(getTranslation("trust.key.canonical", ShortKeyId.of(canonical)));
    cli.setTitle(canonical);
    cli.addClassName("tp-secondary-text");
    return cli;
  }

  private Component signerActions(TrustActions a, SignerDetails signer) {
    return new HorizontalLayout(
        iconButton(
            VaadinIcon.KEY,
            "add-key-" + signer.name(),
            getTranslation("trust.add-key", signer.name()),
            false,
            () -> a.addKey(signer)),
        thresholdButton(
            a, "targets/" + signer.name(), signer.name(), signer.threshold(), signer.keys().size()),
        iconButton(
            VaadinIcon.TRASH,
            "remove-signer-" + signer.name(),
            getTranslation("trust.remove-signer", signer.name()),
            true,
            () -> a.removeSigner(signer)));
  }

  private Button thresholdButton(
      TrustActions a, String role, String idSuffix, int threshold, int keys) {
    return iconButton(
        VaadinIcon.SLIDERS,
        "threshold-" + idSuffix,
        getTranslation("trust.change-threshold", role),
        false,
        () ->
            a.changeThreshold(
                role,
                threshold,
                keys,
                wanted -> TrustWords.tagsThatWouldStopVerifying(trust, role, wanted)));
  }

  private static Button iconButton(
      VaadinIcon icon, String id, String label, boolean danger, Runnable action) {
    Button button = new Button(icon.create());
    button.setId(id);
    button.setAriaLabel(label);
    button.setTooltipText(label);
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    if (danger) {
      button.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
    button.addClickListener(event -> action.run());
    return button;
  }

  /** In words: "needs 2 of 3 signers: any 2 of alice, bob, carol", or "needs 1 of 1 key". */
  private String thresholdText(String role, int threshold, int keys) {
    List<String> signers = TrustWords.signersOf(trust, role);
    if (role.equals(TrustChangeDialogs.RELEASES) && !signers.isEmpty()) {
      return getTranslation(
          "trust.threshold.words.signers", threshold, signers.size(), String.join(", ", signers));
    }
    return getTranslation("trust.threshold.words.keys", threshold, keys);
  }

  static <T> Grid<T> compactGrid(String id) {
    Grid<T> grid = new Grid<>();
    grid.setId(id);
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    return grid;
  }

  private String date(Optional<Instant> instant) {
    return instant.map(i -> Times.format(i, getLocale())).orElse("\u2013");
  }
}
