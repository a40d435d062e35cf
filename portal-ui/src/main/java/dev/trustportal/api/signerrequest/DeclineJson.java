package dev.trustportal.api.signerrequest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a signer request is declined; the requester sees it. */
@Schema(example = "{\"reason\": \"Use the team key of the release pipeline instead.\"}")
public record DeclineJson(String reason) {}
