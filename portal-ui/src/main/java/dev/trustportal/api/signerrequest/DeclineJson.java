package dev.trustportal.api.signerrequest;

/** Why a signer request is declined; the requester sees it. */
public record DeclineJson(String reason) {}
