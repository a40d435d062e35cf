package dev.trustportal.api.securitykey;

import jakarta.json.JsonObject;

/** A key to register: its name and the browser's {@code PublicKeyCredential.toJSON()} of the created credential. */
public record RegisterKeyJson(String name, JsonObject credential) {}
