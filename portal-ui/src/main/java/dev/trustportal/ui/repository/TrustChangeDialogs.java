package dev.trustportal.ui.repository;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dev.trustportal.portal.change.ChangeDetails;
import dev.trustportal.portal.change.ChangeImpact;
import dev.trustportal.portal.change.ChangeImpacts;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.change.DuplicateChangeException;
import dev.trustportal.portal.change.InvalidChangeInputException;
import dev.trustportal.portal.change.InvalidThresholdException;
import dev.trustportal.portal.change.SignerExistsException;
import dev.trustportal.portal.change.SignerKeyExistsException;
import dev.trustportal.portal.pinning.RepositoryDivergedException;
import dev.trustportal.portal.publishing.NotaryUnavailableException;
import dev.trustportal.portal.repository.KeyDetails;
import dev.trustportal.portal.repository.OrphanedTag;
import dev.trustportal.portal.repository.Resigning;
import dev.trustportal.portal.repository.SignerDetails;
import dev.trustportal.portal.signer.InvalidSignerKeyException;
import dev.trustportal.portal.signer.InvalidSignerNameException;
import dev.trustportal.portal.signer.SignerKeyInput;
import dev.trustportal.ui.component.ShortKeyId;
import dev.trustportal.ui.i18n.PortalMessages;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Files changes of one repository's trust through their dialogs. A refusal that concerns a field is
 * shown under that field and the dialog stays open (nothing was filed); any other failure goes to
 * the error handler. Removals first say exactly what will change and ask to confirm.
 */
final class TrustChangeDialogs implements TrustActions, Serializable {

  private static final long serialVersionUID = 1L;
  static final String RELEASES = "targets/releases";

  private final transient ChangeService changes;
  private final transient ChangeImpacts impacts;
  private final String organisation;
  private final String repository;
  private final Consumer<ChangeDetails> filed;

  /**
   * @param filed told of each change filed, after its dialog closed
   */
  TrustChangeDialogs(
      ChangeService changes,
      ChangeImpacts impacts,
      String organisation,
      String repository,
      Consumer<ChangeDetails> filed) {
    this.changes = changes;
    this.impacts = impacts;
    this.organisation = organisation;
    this.repository = repository;
    this.filed = filed;
  }

  @Override
  public void addSigner() {
    SignerForm form = new SignerForm(Optional.empty());
    Dialog dialog =
        open("add-signer-dialog", form.getTranslation("signer.dialog.add", repository), form);
    form.addFileListener(event -> fileSigner(event, form, dialog));
    form.addCancelListener(event -> dialog.close());
    form.focus();
  }

  private void fileSigner(SignerForm.FileEvent event, SignerForm form, Dialog dialog) {
    ChangeDetails change;
    try {
      change =
          changes.requestSigner(
              organisation, repository, event.name(), SignerKeyInput.ofPem(event.pem()));
    } catch (InvalidSignerKeyException refused) {
      form.showKeyError(PortalMessages.of(form, refused));
      return;
    } catch (InvalidSignerNameException | SignerExistsException refused) {
      form.showNameError(PortalMessages.of(form, refused));
      return;
    }
    done(dialog, change);
  }

  @Override
  public void addKey(SignerDetails signer) {
    SignerForm form = new SignerForm(Optional.of(signer.name()));
    Dialog dialog =
        open("add-key-dialog", form.getTranslation("signer.dialog.add-key", signer.name()), form);
    form.addFileListener(event -> fileKey(signer, event, form, dialog));
    form.addCancelListener(event -> dialog.close());
    form.focus();
  }

  private void fileKey(
      SignerDetails signer, SignerForm.FileEvent event, SignerForm form, Dialog dialog) {
    ChangeDetails change;
    try {
      change =
          changes.addSignerKey(
              organisation, repository, signer.name(), SignerKeyInput.ofPem(event.pem()));
    } catch (InvalidSignerKeyException | SignerKeyExistsException refused) {
      form.showKeyError(PortalMessages.of(form, refused));
      return;
    }
    done(dialog, change);
  }

  @Override
  public void changeThreshold(
      String role, int threshold, int keys, IntFunction<List<String>> wouldStopVerifying) {
    ThresholdForm form = new ThresholdForm(role, threshold, keys, wouldStopVerifying);
    Dialog dialog = open("threshold-dialog", form.getTranslation("threshold.dialog", role), form);
    form.addChangeListener(event -> fileThreshold(role, event.threshold(), form, dialog));
    form.addCancelListener(event -> dialog.close());
    form.focus();
  }

  private void fileThreshold(String role, int threshold, ThresholdForm form, Dialog dialog) {
    ChangeDetails change;
    try {
      change = changes.setThreshold(organisation, repository, role, threshold);
    } catch (InvalidThresholdException
        | InvalidChangeInputException
        | DuplicateChangeException refused) {
      form.showError(PortalMessages.of(form, refused));
      return;
    }
    done(dialog, change);
  }

  @Override
  public void removeSigner(SignerDetails signer) {
    ConfirmDialog confirm = confirm("remove-signer-dialog");
    confirm.setConfirmText(confirm.getTranslation("trust.remove-signer.confirm"));
    confirm.setHeader(confirm.getTranslation("trust.remove-signer.header", signer.name()));
    String keys =
        signer.keys().stream().map(k -> ShortKeyId.of(k.id())).collect(Collectors.joining(", "));
    Optional<ChangeImpact> impact =
        impact(() -> impacts.ofRemovingSigner(organisation, repository, signer.name()));
    confirm.setText(
        withImpact(
            confirm.getTranslation(
                "trust.remove-signer.text", signer.name(), signer.keys().size(), keys, repository),
            impact,
            confirm));
    confirm.addConfirmListener(
        event -> filed.accept(changes.removeSigner(organisation, repository, signer.name())));
    confirm.open();
  }

  @Override
  public void removeKey(SignerDetails signer, KeyDetails key) {
    ConfirmDialog confirm = confirm("remove-key-dialog");
    confirm.setConfirmText(confirm.getTranslation("trust.remove-key.confirm"));
    String shortId = ShortKeyId.of(key.id());
    confirm.setHeader(confirm.getTranslation("trust.remove-key.header", shortId, signer.name()));
    Optional<ChangeImpact> impact =
        impact(() -> impacts.ofRemovingKey(organisation, repository, signer.name(), key.id()));
    confirm.setText(
        withImpact(
            confirm.getTranslation(
                "trust.remove-key.text", signer.name(), shortId, key.algorithm()),
            impact,
            confirm));
    confirm.addConfirmListener(
        event ->
            filed.accept(
                changes.removeSignerKey(organisation, repository, signer.name(), key.id())));
    confirm.open();
  }

  /**
   * The dry run of the removal; empty when the trust data cannot be read now (filing then files the
   * change unchecked, as always). A refusal (the removal would break a threshold) reaches the error
   * handler before the dialog opens.
   */
  private static Optional<ChangeImpact> impact(java.util.function.Supplier<ChangeImpact> dryRun) {
    try {
      return Optional.of(dryRun.get());
    } catch (NotaryUnavailableException | RepositoryDivergedException notNow) {
      return Optional.empty();
    }
  }

  /** What will change, then which tags stop verifying and who can re-sign them, with how. */
  private static Component withImpact(String text, Optional<ChangeImpact> impact, Component words) {
    Div content = new Div(new Paragraph(text));
    Paragraph verdict = new Paragraph();
    verdict.setId("removal-impact");
    content.add(verdict);
    if (impact.isEmpty()) {
      verdict.setText(words.getTranslation("removal.impact.unknown"));
      return content;
    }
    List<String> tags = impact.get().tagsThatWouldStopVerifying();
    if (tags.isEmpty()) {
      verdict.setText(words.getTranslation("removal.impact.none"));
      return content;
    }
    verdict.setText(
        words.getTranslation("removal.impact.tags", String.join(", ", tags), tags.size()));
    verdict.addClassName("tp-error-text");
    for (Resigning role : impact.get().resigning()) {
      content.add(
          new Paragraph(
              role.signers().isEmpty()
                  ? words.getTranslation("resign.nobody", role.role())
                  : words.getTranslation(
                      "removal.impact.resign", String.join(", ", role.signers()), role.role())));
      if (!role.signers().isEmpty()) {
        Pre command = new Pre(role.command());
        command.setId("removal-impact-command");
        command.addClassName("tp-code");
        content.add(command);
      }
    }
    impact.get().orphaned().forEach(orphan -> content.add(orphaned(orphan, words)));
    return content;
  }

  /** A tag only deleted roles hold: who could sign it into releases again, and how. */
  private static Component orphaned(OrphanedTag orphan, Component words) {
    Div advice = new Div();
    advice.addClassName("removal-orphan");
    String held = String.join(", ", orphan.heldIn());
    advice.add(
        new Paragraph(
            orphan.signers().isEmpty()
                ? words.getTranslation("removal.orphan.nobody", orphan.tag(), held, orphan.role())
                : words.getTranslation(
                    "removal.orphan.sign",
                    orphan.tag(),
                    held,
                    String.join(", ", orphan.signers()),
                    orphan.role())));
    if (!orphan.signers().isEmpty()) {
      Pre command = new Pre(orphan.command());
      command.addClassNames("removal-orphan-command", "tp-code");
      advice.add(command);
    }
    return advice;
  }

  private static Dialog open(String id, String title, Component form) {
    Dialog dialog = new Dialog(form);
    dialog.setId(id);
    dialog.setHeaderTitle(title);
    dialog.setWidth("min(40rem, 95vw)");
    dialog.open();
    return dialog;
  }

  /**
   * Failures (a key whose removal breaks a threshold, say) reach the error handler, which explains
   * them.
   */
  private static ConfirmDialog confirm(String id) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId(id);
    confirm.setCancelable(true);
    confirm.setCancelText(confirm.getTranslation("trust.remove.cancel"));
    confirm.setConfirmButtonTheme("error primary");
    return confirm;
  }

  private void done(Dialog dialog, ChangeDetails change) {
    dialog.close();
    filed.accept(change);
  }
}
