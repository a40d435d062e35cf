package dev.trustportal.portal.membership;

import dev.trustportal.portal.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's membership of one organisation. It guards the rule that an organisation that has an
 * owner never loses its last one: without an owner nobody could approve a change of trust. The
 * table comes from Flyway (V4).
 */
@Entity
@Table(name = "membership")
public class Membership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private MemberRole role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // V10: granted by a token claim of the identity provider, which later sign-ins keep it in line
  // with.
  @Column(name = "granted_by_claim", nullable = false)
  private boolean grantedByClaim;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Membership() {
    // for JPA
  }

  public Membership(
      Organisation organisation, String username, MemberRole role, Instant createdAt) {
    this.organisation = Objects.requireNonNull(organisation);
    this.username = Objects.requireNonNull(username);
    this.role = Objects.requireNonNull(role);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /**
   * A membership that a token claim of the identity provider grants: each later sign-in changes or
   * takes it back as the claim says, while memberships granted in the portal stay as they are.
   */
  public static Membership grantedByClaim(
      Organisation organisation, String username, MemberRole role, Instant createdAt) {
    Membership membership = new Membership(organisation, username, role, createdAt);
    membership.grantedByClaim = true;
    return membership;
  }

  /**
   * Gives the member another role.
   *
   * @param owners how many owners the organisation has now, counted under a lock
   * @throws LastOwnerException if this would demote the last owner
   */
  public void changeRole(MemberRole newRole, long owners) {
    Objects.requireNonNull(newRole);
    if (newRole != MemberRole.OWNER) {
      requireNotLastOwner(owners, LastOwnerException.Change.DEMOTE);
    }
    role = newRole;
  }

  /**
   * Checks that the member may leave the organisation.
   *
   * @param owners how many owners the organisation has now, counted under a lock
   * @throws LastOwnerException if this is the last owner
   */
  public void requireRemovable(long owners) {
    requireNotLastOwner(owners, LastOwnerException.Change.REMOVE);
  }

  private void requireNotLastOwner(long owners, LastOwnerException.Change change) {
    if (role == MemberRole.OWNER && owners <= 1) {
      throw new LastOwnerException(organisationName(), username, change);
    }
  }

  public String organisationName() {
    return organisation.name().value();
  }

  public String username() {
    return username;
  }

  public MemberRole role() {
    return role;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isGrantedByClaim() {
    return grantedByClaim;
  }
}
