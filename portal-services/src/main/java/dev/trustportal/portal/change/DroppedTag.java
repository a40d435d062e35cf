package dev.trustportal.portal.change;

import dev.trustportal.portal.repository.OrphanedTag;

/**
 * A tag that published change {@code change} left in no role, and that is not in the trust data
 * again yet: who can sign it into {@code targets/releases} again, and the command.
 */
public record DroppedTag(long change, String summary, OrphanedTag tag) {}
