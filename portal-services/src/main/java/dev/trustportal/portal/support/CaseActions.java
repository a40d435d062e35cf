package dev.trustportal.portal.support;

/**
 * What the caller may do with a case now, so that a page offers exactly that: approve it with a
 * security key, carry it out (or resume it where a step stopped), cancel it. The desk checks again
 * on every call.
 */
public record CaseActions(boolean approve, boolean execute, boolean resume, boolean cancel) {}
