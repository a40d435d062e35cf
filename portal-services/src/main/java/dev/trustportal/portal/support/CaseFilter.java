package dev.trustportal.portal.support;

/**
 * Which cases to list: all ({@code state} null) or those in one state, and of those the ones whose
 * GUN contains {@code gunPart} (blank: any).
 */
public record CaseFilter(CaseState state, String gunPart) {

  public static final CaseFilter ALL = new CaseFilter(null);

  public CaseFilter {
    gunPart = gunPart == null ? "" : gunPart.strip();
  }

  public CaseFilter(CaseState state) {
    this(state, "");
  }

  /**
   * A filter from a state's name as API clients send it; blank means all.
   *
   * @throws InvalidCaseException naming the states for an unknown one
   */
  public static CaseFilter of(String state) {
    return of(state, "");
  }

  /** As {@link #of(String)}, narrowed to the cases whose GUN contains {@code gunPart}. */
  public static CaseFilter of(String state, String gunPart) {
    if (state == null || state.isBlank()) {
      return new CaseFilter(null, gunPart);
    }
    for (CaseState s : CaseState.values()) {
      if (s.name().equalsIgnoreCase(state.strip())) {
        return new CaseFilter(s, gunPart);
      }
    }
    throw InvalidCaseException.state(state);
  }
}
