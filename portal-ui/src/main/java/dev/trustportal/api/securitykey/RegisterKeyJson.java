package dev.trustportal.api.securitykey;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key to register: its name, the browser's {@code PublicKeyCredential.toJSON()} of the created
 * credential and, for an account that has a key, {@code existingKey}: the {@code
 * PublicKeyCredential.toJSON()} of a touch of one of its keys over the {@code existingKey} options
 * of the same registration options.
 */
@Schema(
    example =
        "{\"name\": \"blue key\", \"credential\": {\"id\": \"q5Xz...\", \"rawId\": \"q5Xz...\","
            + " \"type\": \"public-key\", \"response\": {\"clientDataJSON\": \"eyJ0...\","
            + " \"attestationObject\": \"o2Nm...\"}, \"clientExtensionResults\": {}}}")
public record RegisterKeyJson(String name, JsonObject credential, JsonObject existingKey) {}
