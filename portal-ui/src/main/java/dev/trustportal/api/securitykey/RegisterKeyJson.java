package dev.trustportal.api.securitykey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.json.JsonObject;

/** A key to register: its name and the browser's {@code PublicKeyCredential.toJSON()} of the created credential. */
@Schema(example = "{\"name\": \"blue key\", \"credential\": {\"id\": \"q5Xz...\", \"rawId\": \"q5Xz...\", \"type\": \"public-key\", \"response\": {\"clientDataJSON\": \"eyJ0...\", \"attestationObject\": \"o2Nm...\"}, \"clientExtensionResults\": {}}}")
public record RegisterKeyJson(String name, JsonObject credential) {}
