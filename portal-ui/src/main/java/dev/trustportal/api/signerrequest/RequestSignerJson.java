package dev.trustportal.api.signerrequest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a signer request: a signer name and one key, a PEM public key or a PEM X.509
 * certificate.
 */
@Schema(
    example =
        "{\"name\": \"alice\", \"publicKey\": \"-----BEGIN PUBLIC KEY-----\\n"
            + "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...\\n"
            + "-----END PUBLIC KEY-----\\n"
            + "\"}")
public record RequestSignerJson(String name, String publicKey, String certificate) {}
