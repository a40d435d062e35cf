package dev.trustportal.portal.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes a secret to a file that is private to the server's user from the moment it exists: the
 * file is created with mode 0600 and its directory with 0700, instead of being narrowed after the
 * fact (which would leave a window in which others could open it). Used for the generated admin
 * password and for the embedded key-encryption keystore and its password.
 */
public final class SecretFile {

  private SecretFile() {}

  /** Writes the secret (UTF-8, no trailing newline), replacing an older file; returns the path. */
  public static Path write(Path file, char[] secret) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    try {
      return write(file, bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
    }
  }

  /** Writes the secret bytes, replacing an older file; returns the path. */
  public static Path write(Path file, byte[] secret) {
    try {
      createPrivateDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      try (SeekableByteChannel out =
          Files.newByteChannel(
              file,
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
        ByteBuffer bytes = ByteBuffer.wrap(secret);
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the secret file " + file, e);
    }
  }

  private static void createPrivateDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    createPrivateDirectories(dir.getParent());
    Files.createDirectory(
        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
  }

  /**
   * Reads a secret written by {@link #write(Path, char[])} or by an administrator, without trailing
   * whitespace (an editor's final newline). Returns chars rather than a String so the caller can
   * wipe them.
   */
  public static char[] read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the secret file " + file, e);
    }
    CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
    try {
      int end = chars.limit();
      while (end > 0 && Character.isWhitespace(chars.get(end - 1))) {
        end--;
      }
      char[] secret = new char[end];
      chars.get(secret);
      return secret;
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (chars.hasArray()) {
        Arrays.fill(chars.array(), '\0');
      }
    }
  }
}
