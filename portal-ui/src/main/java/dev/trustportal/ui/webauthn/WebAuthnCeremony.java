package dev.trustportal.ui.webauthn;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import dev.trustportal.api.securitykey.CreationOptionsJson;
import dev.trustportal.api.securitykey.PrfRequestOptionsJson;
import dev.trustportal.api.securitykey.RequestOptionsJson;
import dev.trustportal.portal.securitykey.AssertionOptions;
import dev.trustportal.portal.securitykey.CustodianChallenge;
import dev.trustportal.portal.securitykey.RegistrationOptions;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Runs a WebAuthn ceremony in the user's browser. The options travel as the standard JSON forms;
 * the script turns base64url into bytes and back itself (instead of {@code
 * parseCreationOptionsFromJSON} and {@code toJSON}) so that browsers without those methods work
 * too. A cancelled or failed ceremony calls {@code failed} with the browser's error name (such as
 * {@code NotAllowedError}).
 */
public final class WebAuthnCeremony {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static final String CODEC =
      """
      const b = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0));
      const s = a => btoa(String.fromCharCode(...new Uint8Array(a)))
          .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
      const o = JSON.parse($0);
      o.challenge = b(o.challenge);
      const ids = list => (list || []).map(d => ({type: d.type, id: b(d.id)}));
      """;

  private static final String CREATE =
      CODEC
          + """
          o.user.id = b(o.user.id);
          o.excludeCredentials = ids(o.excludeCredentials);
          return navigator.credentials.create({publicKey: o}).then(c => JSON.stringify({
            id: c.id, rawId: s(c.rawId), type: c.type, authenticatorAttachment: c.authenticatorAttachment,
            response: {clientDataJSON: s(c.response.clientDataJSON), attestationObject: s(c.response.attestationObject),
              transports: c.response.getTransports ? c.response.getTransports() : []},
            clientExtensionResults: {}}))
            .catch(e => { throw new Error(e.name); });
          """;

  private static final String GET =
      CODEC
          + """
          o.allowCredentials = ids(o.allowCredentials);
          return navigator.credentials.get({publicKey: o}).then(c => JSON.stringify({
            id: c.id, rawId: s(c.rawId), type: c.type, authenticatorAttachment: c.authenticatorAttachment,
            response: {clientDataJSON: s(c.response.clientDataJSON), authenticatorData: s(c.response.authenticatorData),
              signature: s(c.response.signature), userHandle: c.response.userHandle ? s(c.response.userHandle) : null},
            clientExtensionResults: c.getClientExtensionResults()}))
            .catch(e => { throw new Error(e.name); });
          """;

  // As GET, with the PRF extension: the salts of evalByCredential become bytes, and the first
  // result base64url.
  private static final String GET_WITH_PRF =
      CODEC
          + """
          o.allowCredentials = ids(o.allowCredentials);
          const salts = o.extensions.prf.evalByCredential;
          Object.keys(salts).forEach(k => { salts[k] = {first: b(salts[k].first)}; });
          return navigator.credentials.get({publicKey: o}).then(c => {
            const prf = (c.getClientExtensionResults().prf || {}).results;
            return JSON.stringify({
              id: c.id, rawId: s(c.rawId), type: c.type, authenticatorAttachment: c.authenticatorAttachment,
              response: {clientDataJSON: s(c.response.clientDataJSON), authenticatorData: s(c.response.authenticatorData),
                signature: s(c.response.signature), userHandle: c.response.userHandle ? s(c.response.userHandle) : null},
              clientExtensionResults: prf && prf.first ? {prf: {results: {first: s(prf.first)}}} : {}});
          }).catch(e => { throw new Error(e.name); });
          """;

  private WebAuthnCeremony() {}

  /**
   * Signs the challenge with the allowed key and evaluates the WebAuthn PRF extension over its
   * salt; {@code signed} gets the assertion's JSON with {@code
   * clientExtensionResults.prf.results.first}.
   */
  public static void getWithPrf(
      Component host,
      CustodianChallenge challenge,
      SerializableConsumer<String> signed,
      SerializableConsumer<String> failed) {
    host.getElement()
        .executeJs(GET_WITH_PRF, JSON.toJson(PrfRequestOptionsJson.of(challenge)))
        .then(String.class, signed, failed);
  }

  /** Creates a credential on a security key; {@code created} gets its {@code toJSON()}. */
  public static void create(
      Component host,
      RegistrationOptions options,
      SerializableConsumer<String> created,
      SerializableConsumer<String> failed) {
    host.getElement()
        .executeJs(CREATE, JSON.toJson(CreationOptionsJson.of(options)))
        .then(String.class, created, failed);
  }

  /**
   * Signs the challenge with one of the allowed keys; {@code signed} gets the assertion's {@code
   * toJSON()}.
   */
  public static void get(
      Component host,
      AssertionOptions options,
      SerializableConsumer<String> signed,
      SerializableConsumer<String> failed) {
    host.getElement()
        .executeJs(GET, JSON.toJson(RequestOptionsJson.of(options)))
        .then(String.class, signed, failed);
  }
}
