package dev.trustportal.portal.support;

/** Which cases to list: all ({@code state} null) or those in one state. */
public record CaseFilter(CaseState state) {

  public static final CaseFilter ALL = new CaseFilter(null);

  /**
   * A filter from a state's name as API clients send it; blank means all.
   *
   * @throws InvalidCaseException naming the states for an unknown one
   */
  public static CaseFilter of(String state) {
    if (state == null || state.isBlank()) {
      return ALL;
    }
    for (CaseState s : CaseState.values()) {
      if (s.name().equalsIgnoreCase(state.strip())) {
        return new CaseFilter(s);
      }
    }
    throw InvalidCaseException.state(state);
  }
}
