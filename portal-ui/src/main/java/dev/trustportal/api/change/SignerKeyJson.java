package dev.trustportal.api.change;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a request for another key of a signer: a PEM public key or a PEM certificate. */
@Schema(
    example =
        "{\"certificate\": \"-----BEGIN CERTIFICATE-----\\n"
            + "MIIBdzCCAR2gAwIBAgI...\\n"
            + "-----END CERTIFICATE-----\\n"
            + "\"}")
public record SignerKeyJson(String publicKey, String certificate) {}
