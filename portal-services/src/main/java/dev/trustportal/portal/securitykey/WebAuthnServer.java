package dev.trustportal.portal.securitykey;

import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import java.util.List;
import java.util.stream.Collectors;

/** What WebAuthn4J needs to know of the portal for one ceremony. */
final class WebAuthnServer {

  /** ES256, EdDSA and RS256: what YubiKeys and browsers' authenticators offer. */
  static final List<PublicKeyCredentialParameters> ALGORITHMS =
      List.of(
          new PublicKeyCredentialParameters(
              PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
          new PublicKeyCredentialParameters(
              PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA),
          new PublicKeyCredentialParameters(
              PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

  private WebAuthnServer() {}

  static ServerProperty property(WebAuthnSettings settings, byte[] challenge) {
    ServerProperty.Builder builder = ServerProperty.builder();
    if (settings.origins().isEmpty()) {
      builder.originPredicate(origin -> sameHost(origin, settings.rpId()));
    } else {
      builder.origins(settings.origins().stream().map(Origin::create).collect(Collectors.toSet()));
    }
    return builder.rpId(settings.rpId()).challenge(new DefaultChallenge(challenge)).build();
  }

  // Without configured origins: the RP ID's host on any port, over https (or http on localhost, a
  // secure context for browsers).
  private static boolean sameHost(Origin origin, String rpId) {
    boolean secure =
        "https".equals(origin.getScheme())
            || "http".equals(origin.getScheme()) && "localhost".equals(rpId);
    return secure && rpId.equals(origin.getHost());
  }
}
