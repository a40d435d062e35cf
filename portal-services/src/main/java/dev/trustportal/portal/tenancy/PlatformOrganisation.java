package dev.trustportal.portal.tenancy;

import java.time.Instant;

/**
 * What the platform sees of an organisation it need not belong to: its name, when it was created
 * and how many members and owners it has (an organisation without owners needs break-glass
 * recovery). Nothing of its repositories, changes or members by name: that is for its members.
 */
public record PlatformOrganisation(String name, Instant createdAt, long members, long owners) {}
