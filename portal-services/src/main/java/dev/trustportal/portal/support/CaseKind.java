package dev.trustportal.portal.support;

import static dev.trustportal.portal.support.CaseStep.DELETE_REMOTE;
import static dev.trustportal.portal.support.CaseStep.DONE;
import static dev.trustportal.portal.support.CaseStep.INITIALISE;
import static dev.trustportal.portal.support.CaseStep.NOTICE;
import static dev.trustportal.portal.support.CaseStep.READD_SIGNERS;
import static dev.trustportal.portal.support.CaseStep.REMOVE_SIGNER_KEY;
import static dev.trustportal.portal.support.CaseStep.ROTATE_ROOT;
import static dev.trustportal.portal.support.CaseStep.ROTATE_SNAPSHOT;
import static dev.trustportal.portal.support.CaseStep.ROTATE_TARGETS;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a case does, with its steps in order (the last is always {@link CaseStep#DONE}). A root key
 * that is still held is rotated (consumers follow the chain); a lost one needs a trust reset
 * (consumers must drop their cached trust, notary-v1-facts §12).
 */
public enum CaseKind {
  ROOT_ROTATION(ROTATE_ROOT, DONE),
  TRUST_RESET(DELETE_REMOTE, INITIALISE, READD_SIGNERS, NOTICE, DONE),
  TARGETS_KEY_ROTATION(ROTATE_TARGETS, DONE),
  SIGNER_KEY_LOSS(REMOVE_SIGNER_KEY, DONE),
  SNAPSHOT_KEY_ROTATION(ROTATE_SNAPSHOT, DONE);

  private final List<CaseStep> steps;

  CaseKind(CaseStep... steps) {
    this.steps = List.of(steps);
  }

  public List<CaseStep> steps() {
    return steps;
  }

  /**
   * The kind with this name, ignoring case and surrounding blanks.
   *
   * @throws InvalidCaseException naming the allowed kinds
   */
  public static CaseKind parse(String name) {
    String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> InvalidCaseException.kind(name));
  }

  public static String allowed() {
    return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
  }
}
