package dev.trustportal.portal.rootcustody;

import java.util.Optional;

/**
 * What a request to switch custody did: the custody now, and the change filed for approval if any
 * was.
 */
public record CustodyDecision(RootCustody custody, Optional<CustodyChange> filed) {}
