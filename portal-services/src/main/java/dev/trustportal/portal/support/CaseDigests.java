package dev.trustportal.portal.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.json.CanonicalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/**
 * The digest an approval of a case is bound to: SHA-256 over the canonical JSON (sorted keys, no
 * whitespace) of everything the case does, so that an assertion approves exactly this plan on
 * exactly this captured trust data.
 */
public final class CaseDigests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseDigests() {}

  public static String digest(
      String gun,
      CaseKind kind,
      String ticket,
      String reason,
      String signer,
      String keyId,
      String planJson,
      String capturedJson) {
    try {
      ObjectNode node = JSON.createObjectNode();
      node.put("gun", gun);
      node.put("kind", kind.name());
      node.put("ticket", ticket);
      node.put("reason", reason);
      node.put("signer", signer);
      node.put("keyId", keyId);
      node.set("plan", JSON.readTree(planJson));
      node.set("captured", JSON.readTree(capturedJson));
      return HexFormat.of().formatHex(KeyIds.sha256(CanonicalJson.encode(node)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
