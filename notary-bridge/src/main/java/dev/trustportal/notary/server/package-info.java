/**
 * The notary-server HTTP client: {@link dev.trustportal.notary.server.NotaryServer} speaks the
 * metadata, key, publish and delete endpoints over java.net.http with TLS pinned to a configurable
 * CA bundle, follows Docker bearer-token challenges (through the realm with Basic credentials, or
 * with tokens the host mints itself: {@link dev.trustportal.notary.server.BearerTokens}), and maps
 * the server's {@code {"errors":[…]}} bodies to one exception per error code, all in the {@link
 * dev.trustportal.notary.server.NotaryServerException} family. It knows wire formats, not trust.
 */
package dev.trustportal.notary.server;
