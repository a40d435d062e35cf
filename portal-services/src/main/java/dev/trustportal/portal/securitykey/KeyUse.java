package dev.trustportal.portal.securitykey;

/** A verified touch of a registered key: which key it was. */
public record KeyUse(long keyId, String keyName) {}
