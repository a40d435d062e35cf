package dev.trustportal.api.change;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a request for a new signer: its name and one key, as a PEM public key or a PEM X.509
 * certificate (exactly one of the two), and optionally the username of the member it belongs to,
 * who may then push to the repository's GUN once the signer is published.
 */
@Schema(
    example =
        "{\"name\": \"alice\", \"publicKey\": \"-----BEGIN PUBLIC KEY-----\\n"
            + "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...\\n"
            + "-----END PUBLIC KEY-----\\n"
            + "\", \"username\": \"alice\"}")
public record AddSignerJson(String name, String publicKey, String certificate, String username) {}
