package dev.trustportal.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every variable the image and the compose file give the portal is one the portal reads, and one
 * the machine's tests set too, so that the integration and cluster tests run the configuration the
 * containers run. The database pool, which Payara's domain holds rather than the portal, is the
 * pool tools/stack.sh creates, with its values taken from PORTAL_DB_*.
 */
class ConfigurationKeysTest {

  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{ENV=([A-Z0-9_]+)}");
  private static final String ENTRYPOINT = "portal/entrypoint.sh";
  private static final String MAKE_DOMAIN = "portal/make-domain.sh";

  /**
   * Read by the image's entrypoint itself, not by the portal: the domain's password, the keystore's
   * links, the heap.
   */
  private static final Set<String> ENTRYPOINT_ONLY =
      Set.of(
          "PAYARA_ADMIN_PASSWORD_FILE",
          "PORTAL_KEK_FILE",
          "PORTAL_KEK_PASSWORD_FILE",
          "PORTAL_JVM_HEAP");

  private final ComposeFile compose = ComposeFile.load();

  @Test
  void everyVariableIsReadByThePortalOrByTheDomainsPool() {
    Set<String> read = PortalConfiguration.variablesThePortalReads();
    Set<String> pool = poolVariables();

    assertThat(variablesGivenToThePortal())
        .allSatisfy(
            variable ->
                assertThat(read.contains(variable) || pool.contains(variable))
                    .as(
                        variable
                            + " is read by the portal (a MicroProfile Config key or System.getenv)"
                            + " or by the JDBC pool")
                    .isTrue());
  }

  @Test
  void everyVariableThePortalReadsIsSetByTheMachineTestsToo() {
    Set<String> machine = PortalConfiguration.variablesTheMachineTestsSet();
    Set<String> pool = poolVariables();

    assertThat(variablesGivenToThePortal())
        .filteredOn(v -> !pool.contains(v))
        .allSatisfy(
            variable ->
                assertThat(machine)
                    .as("set by tools/ or the integration tests")
                    .contains(variable));
  }

  @Test
  void containersGetEverythingStackShGivesThePortal() {
    assertThat(variablesGivenToThePortal())
        .containsAll(PortalConfiguration.variablesStackShExports());
  }

  @Test
  void theEntrypointReadsWhatOnlyItReads() {
    String script = Repository.read(Repository.docker(ENTRYPOINT));
    ENTRYPOINT_ONLY.forEach(
        v ->
            assertThat(script)
                .as(ENTRYPOINT + " reads " + v)
                .contains(v.replaceFirst("_FILE$", "")));
  }

  @Test
  void secretVariablesComeFromFilesTheImageReads() {
    String script = Repository.read(Repository.docker(ENTRYPOINT));
    compose
        .portalInstances()
        .values()
        .forEach(
            service ->
                ComposeFile.environment(service).keySet().stream()
                    .filter(
                        v ->
                            v.endsWith("_FILE")
                                && !PortalConfiguration.variablesThePortalReads().contains(v))
                    .filter(v -> !ENTRYPOINT_ONLY.contains(v))
                    .forEach(
                        v ->
                            assertThat(script)
                                .as(v + " is read by " + ENTRYPOINT)
                                .contains(
                                    "secret_from_file "
                                        + v.substring(0, v.length() - "_FILE".length()))));
  }

  @Test
  void thePoolIsTheOneStackShCreatesWithItsValuesFromTheEnvironment() {
    AsadminPool machine =
        AsadminPool.fromStackSh(Repository.read(Repository.file("tools/stack/payara.sh")));
    AsadminPool container = AsadminPool.fromDomainXml(makeDomain());

    assertThat(container.name()).isEqualTo(machine.name());
    assertThat(container.options()).isEqualTo(machine.options());
    assertThat(container.properties().keySet()).isEqualTo(machine.properties().keySet());
    assertThat(container.properties().values())
        .allMatch(v -> v.matches("\\$\\{ENV=PORTAL_DB_[A-Z]+}"));
    assertThat(container.resource()).isEqualTo(machine.resource());
  }

  @Test
  void theDomainHasTheSettingsStackShMakes() {
    // set configs.config.server-config.<element>.<attribute>=<value>, written into domain.xml;
    // <element> is an element's name, or the name attribute of one (thread-pool.http-thread-pool)
    Pattern set =
        Pattern.compile(
            "set configs\\.config\\.server-config\\.(?:.*\\.)?([a-z-]+)\\.([a-z-]+)=(.+)");
    String script = makeDomain();

    AsadminPool.asadminLines(Repository.read(Repository.file("tools/stack/payara.sh"))).stream()
        .map(set::matcher)
        .filter(Matcher::matches)
        .forEach(
            m ->
                assertThat(script)
                    .as(MAKE_DOMAIN + " writes " + m.group())
                    .containsPattern(
                        "<(?:"
                            + Pattern.quote(m.group(1))
                            + "|[a-z-]+ name=\""
                            + Pattern.quote(m.group(1))
                            + "\")[^>]* "
                            + Pattern.quote(m.group(2))
                            + "=\""
                            + Pattern.quote(m.group(3))
                            + "\""));
  }

  @Test
  void theImageRequiresEveryPoolVariable() {
    String script = Repository.read(Repository.docker(ENTRYPOINT));
    poolVariables()
        .forEach(
            v ->
                assertThat(script)
                    .as(ENTRYPOINT + " checks " + v)
                    .containsPattern(
                        "(for required in .*\\b"
                            + v
                            + "\\b|secret_from_file "
                            + v
                            + "\\)|export "
                            + v
                            + "=)"));
  }

  @Test
  void productionDocsListEveryVariable() {
    String production = Repository.read(Repository.file("docs/production.md"));

    Set<String> documented = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)`").matcher(production);
    while (row.find()) {
      documented.add(row.group(1));
    }
    assertThat(documented).containsAll(environmentOfTheContainers());
  }

  /**
   * What the portal's process sees: the compose file's variables, X for X_FILE the image reads, the
   * image's own.
   */
  private Set<String> variablesGivenToThePortal() {
    Set<String> variables = new TreeSet<>();
    String script = Repository.read(Repository.docker(ENTRYPOINT));
    for (String variable : environmentOfTheContainers()) {
      String base = variable.replaceFirst("_FILE$", "");
      boolean readByImage =
          variable.endsWith("_FILE") && script.contains("secret_from_file " + base);
      if (!ENTRYPOINT_ONLY.contains(variable)) {
        variables.add(readByImage ? base : variable);
      }
    }
    return variables;
  }

  private Set<String> environmentOfTheContainers() {
    Set<String> variables = new TreeSet<>();
    compose
        .portalInstances()
        .values()
        .forEach(s -> variables.addAll(ComposeFile.environment(s).keySet()));
    Matcher env =
        Pattern.compile("\\b(PORTAL_[A-Z0-9_]+)=")
            .matcher(Repository.read(Repository.docker("portal/Dockerfile")));
    while (env.find()) {
      variables.add(env.group(1));
    }
    return variables;
  }

  private static Set<String> poolVariables() {
    Set<String> variables = new TreeSet<>();
    Matcher m = ENV_REFERENCE.matcher(makeDomain());
    while (m.find()) {
      variables.add(m.group(1));
    }
    return variables;
  }

  /** The script that writes the image's domain.xml (the pool and the settings) at build time. */
  private static String makeDomain() {
    return Repository.read(Repository.docker(MAKE_DOMAIN));
  }

  /** A JDBC pool as asadmin commands create it: options, properties, and the resource line. */
  record AsadminPool(
      String name, Map<String, String> options, Map<String, String> properties, String resource) {

    static AsadminPool fromStackSh(String stackSh) {
      List<String> lines = asadminLines(stackSh);
      return parse(
          line(lines, "create-jdbc-connection-pool "), line(lines, "create-jdbc-resource "));
    }

    /**
     * The pool as make-domain.sh writes it into domain.xml, with its attributes named as the
     * options of asadmin's create-jdbc-connection-pool.
     */
    static AsadminPool fromDomainXml(String script) {
      Matcher element = Pattern.compile("<jdbc-connection-pool ([^>]*)>").matcher(script);
      assertThat(element.find()).as("a jdbc-connection-pool in " + MAKE_DOMAIN).isTrue();
      Map<String, String> attributes = attributes(element.group(1));
      Map<String, String> options = new LinkedHashMap<>();
      Map<String, String> asOption =
          Map.of(
              "datasource-classname", "datasourceclassname",
              "res-type", "restype",
              "steady-pool-size", "steadypoolsize",
              "max-pool-size", "maxpoolsize",
              "is-connection-validation-required", "isconnectvalidatereq",
              "connection-validation-method", "validationmethod");
      attributes.forEach(
          (name, value) -> {
            if (!name.equals("name")) {
              options.put(asOption.getOrDefault(name, name), value);
            }
          });
      Map<String, String> properties = new LinkedHashMap<>();
      Matcher property =
          Pattern.compile("<property name=\"([^\"]+)\" value=\"([^\"]+)\"").matcher(script);
      while (property.find()) {
        properties.put(property.group(1), property.group(2));
      }
      Matcher resource = Pattern.compile("<jdbc-resource ([^>]*?)/?>").matcher(script);
      assertThat(resource.find()).as("a jdbc-resource in " + MAKE_DOMAIN).isTrue();
      Map<String, String> resourceAttributes = attributes(resource.group(1));
      return new AsadminPool(
          attributes.get("name"),
          options,
          properties,
          "create-jdbc-resource --connectionpoolid "
              + resourceAttributes.get("pool-name")
              + " "
              + resourceAttributes.get("jndi-name"));
    }

    private static Map<String, String> attributes(String text) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher m = Pattern.compile("([a-z-]+)=\"([^\"]*)\"").matcher(text);
      while (m.find()) {
        attributes.put(m.group(1), m.group(2));
      }
      return attributes;
    }

    /** The asadmin commands tools/stack.sh's configure_domain writes into its command file. */
    static List<String> asadminLines(String stackSh) {
      Matcher heredoc =
          Pattern.compile("(?s)portal\\.asadmin\" <<EOF\\n(.*?)\\nEOF").matcher(stackSh);
      if (!heredoc.find()) {
        throw new AssertionError("tools/stack.sh writes no portal.asadmin");
      }
      return heredoc.group(1).lines().toList();
    }

    private static AsadminPool parse(String create, String resource) {
      // A shell substitution such as $(secret portal-db-password) is one value.
      List<String> words = List.of(create.replaceAll("\\$\\([^)]*\\)", "\\$(...)").split("\\s+"));
      Map<String, String> options = new LinkedHashMap<>();
      Map<String, String> properties = new LinkedHashMap<>();
      List<String> operands = new ArrayList<>();
      for (int i = 1; i < words.size(); i++) {
        String word = words.get(i);
        if (!word.startsWith("--")) {
          operands.add(word);
          continue;
        }
        String option =
            word.contains("=") ? word.substring(2, word.indexOf('=')) : word.substring(2);
        String value = word.contains("=") ? word.substring(word.indexOf('=') + 1) : words.get(++i);
        if (option.equals("property")) {
          for (String property : value.split(":")) {
            properties.put(
                property.substring(0, property.indexOf('=')),
                property.substring(property.indexOf('=') + 1));
          }
        } else {
          options.put(option, value);
        }
      }
      return new AsadminPool(
          operands.get(operands.size() - 1), options, properties, resource.trim());
    }

    private static String line(List<String> lines, String prefix) {
      return lines.stream()
          .filter(l -> l.startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + prefix.trim() + " command"));
    }
  }
}
