package dev.trustportal.portal.change;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.tuf.Key;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keys in plain words for summaries: the 12-character ID prefix notary's CLI prints, and the type.
 */
final class Describe {

  private Describe() {}

  static String key(Key key) {
    return "key " + KeyIds.of(key).shortForm() + " (" + key.keyType() + ")";
  }

  static String keys(List<Key> keys) {
    if (keys.size() == 1) {
      return key(keys.get(0));
    }
    return keys.size()
        + " keys ("
        + keys.stream()
            .map(k -> KeyIds.of(k).shortForm() + " " + k.keyType())
            .collect(Collectors.joining(", "))
        + ")";
  }
}
