package dev.trustportal.portal.rootcustody;

/**
 * What a root ceremony does. Every one of them is a new root.json the custodians sign: the first
 * root of a repository, new root keys (for the current custodians, which is how custodians are
 * added and removed), or a new targets key.
 */
public enum CeremonyOperation {
  INITIALISE_REPOSITORY,
  ROTATE_ROOT,
  ROTATE_TARGETS_KEY
}
