package dev.trustportal.portal.repository;

import java.util.Arrays;

/**
 * A private key file as notary keeps it in {@code <trust dir>/private/<key id>.key}: a PEM {@code
 * ENCRYPTED PRIVATE KEY} block with {@code role} (and {@code gun}) headers, and the passphrase
 * notary asked for when it made the key. The passphrase is a char array so that the caller can wipe
 * it; it is never part of {@link #toString()}.
 *
 * @param pem the file's text; {@code null} stands for a missing file
 * @param passphrase the passphrase; {@code null} stands for none
 */
public record KeyFile(String pem, char[] passphrase) {

  public KeyFile {
    pem = pem == null ? "" : pem;
    passphrase = passphrase == null ? new char[0] : passphrase;
  }

  /** Overwrites the passphrase once it is no longer needed. */
  public void wipe() {
    Arrays.fill(passphrase, '\0');
  }

  @Override
  public String toString() {
    return "KeyFile[" + pem.length() + " characters, passphrase hidden]";
  }
}
