package dev.trustportal.portal.securitykey;

import dev.trustportal.portal.securitykey.SecurityKeys.Purpose;

/**
 * What an approval's challenge is bound to: the purpose (the kind of subject), the subject's ID and
 * its digest, and how the audit chain names the use ("approving change 7") should the key turn out
 * cloned.
 */
public record ApprovalBinding(Purpose purpose, long subjectId, String digestHex, String use) {}
