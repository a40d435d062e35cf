package dev.trustportal.notary.tuf;

import java.time.Instant;

/** The {@code signed} part of a metadata file: one of the four payloads. */
public sealed interface Signed permits Root, Targets, Snapshot, Timestamp {
  int version();

  Instant expires();

  /** The {@code _type} value. */
  String type();
}
