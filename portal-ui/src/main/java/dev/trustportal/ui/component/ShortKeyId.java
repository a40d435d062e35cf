package dev.trustportal.ui.component;

/** Key IDs as people compare them: the 12-character prefix that the notary CLI prints. */
public final class ShortKeyId {

  private static final int LENGTH = 12;

  private ShortKeyId() {}

  public static String of(String keyId) {
    return keyId.length() > LENGTH ? keyId.substring(0, LENGTH) : keyId;
  }
}
