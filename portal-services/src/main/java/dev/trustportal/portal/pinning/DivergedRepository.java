package dev.trustportal.portal.pinning;

import java.time.Instant;

/** A repository whose trust data diverged from its pin, as the support desk lists it. */
public record DivergedRepository(
    String organisation, String name, String gun, String finding, Instant since) {}
