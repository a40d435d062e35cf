package dev.trustportal.portal.securitykey;

import com.webauthn4j.data.AuthenticationData;

/**
 * An assertion read from the browser's {@code PublicKeyCredential.toJSON()}, not yet verified:
 * which credential made it and which challenge it claims to answer, so that both can be looked up
 * first.
 */
public record ParsedAssertion(String credentialId, byte[] challenge, AuthenticationData data) {}
