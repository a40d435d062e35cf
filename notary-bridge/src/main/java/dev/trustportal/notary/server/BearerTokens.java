package dev.trustportal.notary.server;

import dev.trustportal.notary.tuf.Gun;

/**
 * A source of bearer tokens that the host mints itself, for a client that is the token service's
 * own application (the portal): it answers a notary-server challenge for a GUN without a round trip
 * to the realm and without a password. The token should grant {@code *} on the GUN, which covers
 * every request the bridge makes (notary-auth-storage §1: publish needs {@code push,pull}, deleting
 * and rotating a server key need {@code *}).
 */
@FunctionalInterface
public interface BearerTokens {

  /** A token notary-server accepts for every action on {@code gun}; never null. */
  String forRepository(Gun gun);
}
