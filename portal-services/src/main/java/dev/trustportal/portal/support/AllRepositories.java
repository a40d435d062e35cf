package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.repository.Repository;
import java.util.List;

/**
 * The repositories of every organisation, for the support desk only: no tenancy filter here, the
 * callers check the role and audit the access. Filtering and paging happen in the database.
 */
public interface AllRepositories {

  /**
   * One page of the repositories whose GUN contains {@code gunPart} (literally), ordered by GUN.
   */
  List<Repository> page(String gunPart, PageRequest request);

  long count(String gunPart);
}
