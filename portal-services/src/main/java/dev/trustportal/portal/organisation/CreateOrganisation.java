package dev.trustportal.portal.organisation;

import java.util.Objects;
import java.util.Optional;

/**
 * The command to create an organisation. The name stays a plain string here so that the service,
 * not each caller, turns it into an {@link OrganisationName} and reports a bad one the same way to
 * all.
 *
 * @param firstOwner the account that becomes the organisation's first owner; when empty (or blank),
 *     the creator does
 */
public record CreateOrganisation(String name, Optional<String> firstOwner) {

  public CreateOrganisation {
    Objects.requireNonNull(firstOwner, "firstOwner");
    firstOwner = firstOwner.map(String::strip).filter(owner -> !owner.isEmpty());
  }

  /** An organisation whose creator becomes its first owner. */
  public CreateOrganisation(String name) {
    this(name, Optional.empty());
  }
}
