package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Targets;

/**
 * A repository's first trust data made ready for root keys the bridge does not hold: root v1
 * without signatures (its canonical bytes are what each root key holder signs) and targets v1,
 * already signed with the new targets key. Nothing is uploaded until enough root signatures are in.
 */
public record PreparedRoot(Gun gun, Metadata<Root> unsignedRoot, Metadata<Targets> targets) {}
