package dev.trustportal.portal.repository;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.organisation.Organisation;

/**
 * The GUN of a repository: {@code <registry host>/<organisation>/<name>}, at most 255 characters.
 */
final class Guns {

  private Guns() {}

  /**
   * @throws InvalidRepositoryNameException if the name makes the GUN longer than 255 characters
   */
  static Gun of(String registryHost, Organisation owner, RepositoryName name) {
    String prefix = prefix(registryHost, owner);
    int allowed = Math.min(RepositoryName.MAX_LENGTH, 255 - prefix.length());
    if (name.value().length() > allowed) {
      throw InvalidRepositoryNameException.tooLong(name.value(), name.value().length(), allowed);
    }
    return new Gun(prefix + name.value());
  }

  static String prefix(String registryHost, Organisation owner) {
    return registryHost + "/" + owner.name().value() + "/";
  }
}
