package dev.trustportal.portal.rootcustody;

/** An owner with a security key enrolled for PRF, which holds that owner's root keys. */
public record Custodian(String username, long securityKeyId, String keyName) {}
