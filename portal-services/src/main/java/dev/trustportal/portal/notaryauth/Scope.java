package dev.trustportal.portal.notaryauth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One resource scope of the token protocol, {@code <type>:<name>:<action>[,<action>…]}
 * (distribution's token-scope grammar), for example {@code
 * repository:registry.example.com/acme/app:push,pull}. The name may itself hold colons (a registry
 * host with a port), so the type ends at the first colon and the actions start after the last one.
 * In a token, the same triple lists the granted actions ({@code access} claim).
 */
public record Scope(String type, String name, List<String> actions) {

  public static final String REPOSITORY = "repository";
  public static final String PULL = "pull";
  public static final String PUSH = "push";
  public static final String ALL = "*";

  private static final Set<String> ACTIONS = Set.of(PULL, PUSH, ALL);
  private static final Pattern TYPE = Pattern.compile("[a-z0-9]+");
  private static final int MAX_LENGTH = 512;

  public Scope {
    actions = List.copyOf(actions);
  }

  /**
   * Parses the {@code scope} request parameters; each may hold several scopes separated by spaces.
   *
   * @throws MalformedScopeException naming the first scope that does not follow the grammar
   */
  public static List<Scope> parseAll(List<String> parameters) {
    List<Scope> scopes = new ArrayList<>();
    for (String parameter : parameters) {
      for (String text : parameter.trim().split(" +")) {
        if (!text.isEmpty()) {
          scopes.add(parse(text));
        }
      }
    }
    return scopes;
  }

  /**
   * @throws MalformedScopeException if {@code text} is not {@code type:name:actions} with known
   *     actions
   */
  public static Scope parse(String text) {
    int first = text.indexOf(':');
    int last = text.lastIndexOf(':');
    if (text.length() > MAX_LENGTH
        || first <= 0
        || last <= first + 1
        || last == text.length() - 1) {
      throw new MalformedScopeException(text, "it is not of the form repository:<gun>:<actions>");
    }
    String type = text.substring(0, first);
    if (!TYPE.matcher(type).matches()) {
      throw new MalformedScopeException(
          text, "the resource type '" + type + "' is not a lower-case word");
    }
    Set<String> actions = new LinkedHashSet<>(List.of(text.substring(last + 1).split(",", -1)));
    for (String action : actions) {
      if (!ACTIONS.contains(action)) {
        throw new MalformedScopeException(
            text, "the action '" + action + "' is none of pull, push, *");
      }
    }
    return new Scope(type, text.substring(first + 1, last), List.copyOf(actions));
  }

  public boolean isRepository() {
    return REPOSITORY.equals(type);
  }

  /** The same resource with other actions (what a token grants of what was asked). */
  public Scope withActions(List<String> granted) {
    return new Scope(type, name, granted);
  }

  @Override
  public String toString() {
    return type + ":" + name + ":" + String.join(",", actions);
  }
}
