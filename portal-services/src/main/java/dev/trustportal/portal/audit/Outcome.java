package dev.trustportal.portal.audit;

/** How the audited attempt ended. */
public enum Outcome {
  /** It was done. */
  SUCCEEDED,
  /** The caller was not allowed to do it. */
  DENIED,
  /** It was tried and failed, for example a wrong password. */
  FAILED
}
