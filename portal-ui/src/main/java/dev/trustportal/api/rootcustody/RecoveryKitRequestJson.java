package dev.trustportal.api.rootcustody;

import jakarta.json.JsonObject;

/**
 * The body that asks for a recovery kit: the passphrase to encrypt the key file with and the
 * assertion (with PRF) over a challenge of the ceremony.
 */
public record RecoveryKitRequestJson(String passphrase, JsonObject assertion) {}
