package dev.trustportal.portal.membership;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.organisation.Organisation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The persistence gateway of memberships; paging happens in the database. */
public interface Memberships {

  Optional<Membership> find(Organisation organisation, String username);

  /**
   * Stores a new membership and flushes it, so that a unique violation surfaces here.
   *
   * @throws AlreadyMemberException if the database already holds the pair
   */
  void store(Membership membership);

  void remove(Membership membership);

  /**
   * The person's memberships that a token claim granted ({@link Membership#isGrantedByClaim()}).
   */
  List<Membership> grantedByClaim(String username);

  /** The members of one page, ordered by username. */
  List<Membership> page(Organisation organisation, PageRequest request);

  long count(Organisation organisation);

  /** How many owners the organisation has, without a lock: for lists, not for decisions. */
  long countOwners(Organisation organisation);

  /** The names of the organisations where the person holds one of the roles, one page, by name. */
  List<String> organisationsOf(String username, Set<MemberRole> roles, PageRequest request);

  /**
   * Locks the organisation's row until the transaction ends, then counts its owners. Every change
   * that could take away an owner takes this lock first, so two owners removing each other at once
   * cannot both succeed.
   */
  long lockAndCountOwners(Organisation organisation);

  /**
   * Usernames starting with {@code prefix} (any case) of people who share an organisation with
   * {@code username} and are no member of {@code organisation}: whom the person already sees in
   * member lists.
   */
  List<String> colleaguesNotIn(
      String username, Organisation organisation, String prefix, int limit);
}
