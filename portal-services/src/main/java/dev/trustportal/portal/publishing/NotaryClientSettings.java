package dev.trustportal.portal.publishing;

/**
 * The notary-server URL and the PEM of the CA its TLS certificate chains to, for configuring
 * clients.
 */
public record NotaryClientSettings(String url, String caCertificate) {}
