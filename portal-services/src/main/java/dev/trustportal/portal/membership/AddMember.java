package dev.trustportal.portal.membership;

/** The command to make an existing account a member of an organisation in a role. */
public record AddMember(String username, MemberRole role) {}
