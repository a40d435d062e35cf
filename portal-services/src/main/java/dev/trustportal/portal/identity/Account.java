package dev.trustportal.portal.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A local account: a username, a password hash and roles. Tables come from Flyway (V1, display name V4). */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", length = AccountService.MAX_DISPLAY_NAME_LENGTH)
  private String displayName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // Eager: a caller's roles are always needed together with the account, at sign-in.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", nullable = false, length = 64)
  private Set<String> roles = new HashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {
    // for JPA
  }

  public Account(String username, String passwordHash, Set<String> roles, Instant createdAt) {
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = new HashSet<>(roles);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** An account with a display name (null when none was given). */
  public Account(
      String username, String passwordHash, String displayName, Set<String> roles, Instant createdAt) {
    this(username, passwordHash, roles, createdAt);
    this.displayName = displayName;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
