package dev.trustportal.portal.change;

import java.util.Optional;

/** Which change requests of an organisation to list: of one repository, in one state, or all. */
public record ChangeFilter(Optional<String> repository, Optional<ChangeState> state) {

  public static final ChangeFilter ALL = new ChangeFilter(Optional.empty(), Optional.empty());

  public static ChangeFilter inState(ChangeState state) {
    return new ChangeFilter(Optional.empty(), Optional.of(state));
  }

  public static ChangeFilter ofRepository(String repository) {
    return new ChangeFilter(Optional.of(repository), Optional.empty());
  }
}
