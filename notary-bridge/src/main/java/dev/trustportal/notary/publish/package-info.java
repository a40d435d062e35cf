/**
 * Changing trust data: a batch of {@link dev.trustportal.notary.publish.Change}s is applied to
 * freshly verified metadata, every changed role is signed with the keys the host holds through the
 * {@link dev.trustportal.notary.publish.SigningKeys} SPI, checked against its threshold, and
 * uploaded in one POST. Rule violations are refused before upload with a {@link
 * dev.trustportal.notary.publish.ChangeRejectedException}.
 */
package dev.trustportal.notary.publish;
