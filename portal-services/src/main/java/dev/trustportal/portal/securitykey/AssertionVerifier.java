package dev.trustportal.portal.securitykey;

import com.webauthn4j.WebAuthnAuthenticationManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.util.Base64UrlUtil;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;
import dev.trustportal.portal.securitykey.AssertionRefusedException.Reason;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Reads and verifies assertions (WebAuthn §7.2). Pure: the caller looks up the challenge and the
 * credential between {@link #parse} and {@link #verify}. The signature counter must grow; a counter
 * that does not is refused as {@link Reason#COUNTER_REGRESSION}, for the caller to suspend the key.
 */
public final class AssertionVerifier {

  private final WebAuthnSettings settings;
  private final ObjectConverter converter = new ObjectConverter();
  private final WebAuthnAuthenticationManager manager =
      new WebAuthnAuthenticationManager(List.of(), converter);

  public AssertionVerifier(WebAuthnSettings settings) {
    this.settings = settings;
  }

  /** Reads the browser's {@code PublicKeyCredential.toJSON()} of an assertion. */
  public ParsedAssertion parse(String json) {
    try {
      AuthenticationData data = manager.parse(json);
      if (data.getCredentialId() == null || data.getCollectedClientData() == null) {
        throw new AssertionRefusedException(
            Reason.INVALID_ASSERTION, "it names no credential or client data.");
      }
      return new ParsedAssertion(
          Base64UrlUtil.encodeToString(data.getCredentialId()),
          data.getCollectedClientData().getChallenge().getValue(),
          data);
    } catch (DataConversionException
        | JacksonException
        | IllegalArgumentException
        | NullPointerException unreadable) {
      throw new AssertionRefusedException(
          Reason.INVALID_ASSERTION,
          "expected the JSON of"
              + " PublicKeyCredential.toJSON() for an assertion ("
              + unreadable.getMessage()
              + ").");
    }
  }

  /**
   * Verifies the assertion was made by the credential over the expected challenge.
   *
   * @return the credential's new signature counter
   */
  public long verify(
      ParsedAssertion assertion, StoredCredential credential, byte[] expectedChallenge) {
    AttestedCredentialData attested =
        new AttestedCredentialDataConverter(converter).convert(credential.attestedCredentialData());
    CredentialRecordImpl record =
        new CredentialRecordImpl(
            null,
            credential.uvInitialized(),
            false,
            false,
            credential.signCount(),
            attested,
            null,
            null,
            null,
            null);
    AuthenticationParameters parameters =
        new AuthenticationParameters(
            WebAuthnServer.property(settings, expectedChallenge),
            record,
            List.of(attested.getCredentialId()),
            settings.userVerificationRequired(),
            true);
    try {
      return manager.verify(assertion.data(), parameters).getAuthenticatorData().getSignCount();
    } catch (MaliciousCounterValueException regression) {
      throw new AssertionRefusedException(Reason.COUNTER_REGRESSION, credential.credentialId());
    } catch (UserNotVerifiedException unverified) {
      throw new AssertionRefusedException(Reason.USER_NOT_VERIFIED);
    } catch (VerificationException invalid) {
      throw new AssertionRefusedException(Reason.INVALID_ASSERTION, invalid.getMessage());
    }
  }
}
