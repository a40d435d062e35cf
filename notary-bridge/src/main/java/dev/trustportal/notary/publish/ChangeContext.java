package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import java.time.Instant;
import java.util.function.Function;

/**
 * What applying changes needs from outside: key custody, a way to get a new server key, and the
 * time.
 */
record ChangeContext(SigningKeys keys, Function<RoleName, Key> newServerKey, Instant now) {}
