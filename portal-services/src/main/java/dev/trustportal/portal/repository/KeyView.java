package dev.trustportal.portal.repository;

import java.time.Instant;
import java.util.Optional;

/**
 * A public key of a role: its ID, its TUF key type ({@code ecdsa}, {@code ecdsa-x509}, {@code rsa},
 * ...) and, for a certificate, when the certificate expires.
 */
public record KeyView(String id, String algorithm, Optional<Instant> expires) {}
