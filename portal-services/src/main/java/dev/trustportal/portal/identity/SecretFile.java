package dev.trustportal.portal.identity;

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
import java.util.Set;

/**
 * Writes a secret to a file that is private to the server's user from the moment it exists: the file
 * is created with mode 0600 and its directory with 0700, instead of being narrowed after the fact
 * (which would leave a window in which others could open it).
 */
final class SecretFile {

  private SecretFile() {}

  /** Writes the secret (UTF-8, no trailing newline), replacing an older file; returns the path. */
  static Path write(Path file, char[] secret) {
    try {
      createPrivateDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      try (SeekableByteChannel out =
          Files.newByteChannel(
              file,
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
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
}
