package dev.trustportal.api.securitykey;

import java.util.List;

/** {@code PublicKeyCredentialDescriptorJSON}: a credential by its base64url ID. */
public record Descriptor(String type, String id) {

  static List<Descriptor> all(List<String> ids) {
    return ids.stream().map(id -> new Descriptor("public-key", id)).toList();
  }
}
