package dev.trustportal.api.support;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a support case is cancelled before it is carried out (10 to 2000 characters). */
@Schema(example = "{\"reason\": \"The owner found the lost passphrase; no reset is needed.\"}")
public record CancellationJson(String reason) {}
