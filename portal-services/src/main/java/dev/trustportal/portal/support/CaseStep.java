package dev.trustportal.portal.support;

/** One step of carrying out a case; {@link #DONE} marks a case whose steps are all complete. */
public enum CaseStep {
  DELETE_REMOTE,
  INITIALISE,
  READD_SIGNERS,
  NOTICE,
  ROTATE_ROOT,
  ROTATE_TARGETS,
  ROTATE_SNAPSHOT,
  REMOVE_SIGNER_KEY,
  DONE
}
