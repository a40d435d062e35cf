/**
 * Immutable value types of notary's TUF dialect: the four payloads ({@link
 * dev.trustportal.notary.tuf.Root}, {@link dev.trustportal.notary.tuf.Targets}, {@link
 * dev.trustportal.notary.tuf.Snapshot}, {@link dev.trustportal.notary.tuf.Timestamp}) inside a
 * {@link dev.trustportal.notary.tuf.Metadata} envelope that keeps the bytes as received, plus the
 * domain primitives (GUN, role name, key ID) validated at construction. This package depends on
 * nothing else in the bridge so that every other package can speak in its terms.
 */
package dev.trustportal.notary.tuf;
