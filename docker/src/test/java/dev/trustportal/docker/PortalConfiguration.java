package dev.trustportal.docker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the portal reads and what the machine's tests set, found in the sources: MicroProfile Config
 * keys as environment variables (portal.notary.url is PORTAL_NOTARY_URL, MicroProfile Config 3.1
 * §"Environment Variables Mapping Rules"), variables read with System.getenv, and the variables
 * tools/ and the integration tests give Payara.
 */
final class PortalConfiguration {

  // A literal on one line, with its escapes (a text block or a quote in a comment would otherwise
  // shift every literal after it).
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern KEY = Pattern.compile("portal\\.[a-z0-9.-]*[a-z0-9]");
  private static final Pattern KEY_PREFIX = Pattern.compile("portal\\.[a-z0-9.-]*\\.");
  private static final Pattern KEY_SUFFIX = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern VARIABLE = Pattern.compile("PORTAL_[A-Z0-9_]+");

  private PortalConfiguration() {}

  /** The environment variables the portal reads, from the main sources of its modules. */
  static Set<String> variablesThePortalReads() {
    Set<String> names = new TreeSet<>();
    for (Path source :
        Repository.javaSources("portal-services/src/main/java", "portal-ui/src/main/java")) {
      List<String> literals = literals(Repository.read(source));
      for (String literal : literals) {
        if (KEY.matcher(literal).matches()) {
          names.add(environmentName(literal));
        } else if (VARIABLE.matcher(literal).matches()) {
          names.add(literal);
        } else if (KEY_PREFIX.matcher(literal).matches()) {
          // PREFIX + "issuer" and the like: a prefix combines with the key names beside it.
          literals.stream()
              .filter(s -> KEY_SUFFIX.matcher(s).matches())
              .forEach(s -> names.add(environmentName(literal + s)));
        }
      }
    }
    return names;
  }

  /**
   * The variables the machine's tests give the portal: set in a script of tools/ (tools/stack.sh
   * and the cluster scripts), in ear/pom.xml, or by the integration tests (ear/src/test/java).
   */
  static Set<String> variablesTheMachineTestsSet() {
    Set<String> names = new TreeSet<>();
    Matcher assignment = Pattern.compile("\\b(PORTAL_[A-Z0-9_]+)=").matcher("");
    for (Path script : Repository.files("tools", ".sh")) {
      assignment.reset(Repository.read(script));
      while (assignment.find()) {
        names.add(assignment.group(1));
      }
    }
    Matcher element =
        Pattern.compile("<(PORTAL_[A-Z0-9_]+)>")
            .matcher(Repository.read(Repository.file("ear/pom.xml")));
    while (element.find()) {
      names.add(element.group(1));
    }
    for (Path test : Repository.javaSources("ear/src/test/java")) {
      literals(Repository.read(test)).stream()
          .filter(l -> VARIABLE.matcher(l).matches())
          .forEach(names::add);
    }
    return names;
  }

  /**
   * The variables tools/stack.sh exports for Payara in export_portal_config
   * (tools/stack/payara.sh).
   */
  static Set<String> variablesStackShExports() {
    String stack = Repository.read(Repository.file("tools/stack/payara.sh"));
    Matcher function =
        Pattern.compile("(?s)export_portal_config\\(\\) \\{(.*?)\\n\\}").matcher(stack);
    if (!function.find()) {
      throw new AssertionError("tools/stack/payara.sh has no export_portal_config");
    }
    Set<String> names = new TreeSet<>();
    Matcher export = Pattern.compile("export (PORTAL_[A-Z0-9_]+)=").matcher(function.group(1));
    while (export.find()) {
      names.add(export.group(1));
    }
    return names;
  }

  static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static List<String> literals(String source) {
    List<String> literals = new ArrayList<>();
    Matcher m = STRING_LITERAL.matcher(source);
    while (m.find()) {
      literals.add(m.group(1));
    }
    return literals;
  }
}
