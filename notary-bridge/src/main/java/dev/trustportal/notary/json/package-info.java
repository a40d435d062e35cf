/**
 * Reading and writing metadata files. {@link dev.trustportal.notary.json.CanonicalJson} produces
 * exactly the bytes notary signs, and {@link dev.trustportal.notary.json.MetadataCodec} maps files
 * to the records of the tuf package while keeping the canonical form of the received {@code signed}
 * object, so verification never depends on how our records would re-encode someone else's data.
 * Jackson is used only as a tree parser.
 */
package dev.trustportal.notary.json;
