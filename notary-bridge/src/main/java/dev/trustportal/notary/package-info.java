/**
 * notary-bridge: a plain Java 17 client for Notary v1 / TUF trust data. {@link
 * dev.trustportal.notary.NotaryBridge} is the only entry point; the subpackages hold the metadata
 * model ({@code tuf}), canonical JSON ({@code json}), keys and signatures ({@code crypto}), pure
 * verification ({@code verify}), the notary-server client ({@code server}) and staged publishing
 * ({@code publish}). No Jakarta EE; the host supplies key custody.
 */
package dev.trustportal.notary;
