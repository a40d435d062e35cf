package dev.trustportal.portal.securitykey;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A model of the platform's allow-list as the uploaded FIDO metadata describes it.
 *
 * @param model the metadata's description, else the name the portal ships for it
 * @param status the latest status report's status; null when the metadata does not list the model
 * @param statusDate from when that status holds; null when unknown
 * @param compromised whether that status suspends keys of the model
 * @param rootsKnown whether the metadata lists attestation roots for the model
 */
public record AllowListedModel(
    UUID aaguid,
    String model,
    Listing listing,
    String status,
    LocalDate statusDate,
    boolean compromised,
    boolean rootsKnown) {

  /** How the metadata lists an allow-listed model. */
  public enum Listing {
    /** Listed, with one of the configured attestation roots among its roots. */
    LISTED,
    /**
     * Not in the metadata: the shipped allow-list may be wrong, or the model is not FIDO certified.
     */
    NOT_LISTED,
    /** Listed under attestation roots none of which the platform has configured. */
    OTHER_ROOT
  }
}
