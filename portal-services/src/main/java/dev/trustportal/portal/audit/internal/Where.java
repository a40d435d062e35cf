package dev.trustportal.portal.audit.internal;

import dev.trustportal.portal.audit.AuditFilter;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JPQL conditions of an {@link AuditFilter} and their parameters: only what the filter
 * restricts becomes a condition, and every value is a bound parameter, never part of the query.
 */
record Where(String jpql, Map<String, Object> parameters) {

  static Where of(AuditFilter filter) {
    StringBuilder jpql = new StringBuilder();
    Map<String, Object> parameters = new LinkedHashMap<>();
    add(jpql, parameters, "e.actor = :actor", "actor", filter.actor());
    add(jpql, parameters, "e.action = :action", "action", filter.action());
    add(jpql, parameters, "e.target = :gun", "gun", filter.gun());
    add(jpql, parameters, "e.outcome = :outcome", "outcome", filter.outcome());
    add(jpql, parameters, "e.occurredAt >= :from", "from", filter.from());
    add(jpql, parameters, "e.occurredAt < :before", "before", filter.before());
    add(
        jpql,
        parameters,
        "(lower(e.detail) like :text escape '!' or lower(e.target) like :text escape '!')",
        "text",
        filter.text() == null ? null : "%" + escaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
    return new Where(jpql.toString(), parameters);
  }

  void bind(TypedQuery<?> query) {
    parameters.forEach(query::setParameter);
  }

  private static void add(
      StringBuilder jpql,
      Map<String, Object> parameters,
      String condition,
      String name,
      Object value) {
    if (value != null) {
      jpql.append(" and ").append(condition);
      parameters.put(name, value);
    }
  }

  /** The text matched literally: LIKE's wildcards and the escape character itself escaped. */
  static String escaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
