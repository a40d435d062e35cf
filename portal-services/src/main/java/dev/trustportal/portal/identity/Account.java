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

/**
 * An account: a username, roles, and either a password hash (a local account) or none (a person who
 * signs in through single sign-on, linked by {@code dev.trustportal.portal.sso.ExternalIdentity}).
 * Tables come from Flyway (V1, display name V4, optional password V10).
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash")
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

  /** An account without a password: its person signs in through the identity provider only. */
  public static Account withoutPassword(String username, String displayName, Instant createdAt) {
    Account account = new Account();
    account.username = Objects.requireNonNull(username);
    account.displayName = displayName;
    account.createdAt = Objects.requireNonNull(createdAt);
    return account;
  }

  /** The name shown for the person; null for none. */
  public void changeDisplayName(String displayName) {
    this.displayName = displayName;
  }

  /** Grants a platform role; granting one the account has changes nothing. */
  public void grantRole(String role) {
    roles.add(Objects.requireNonNull(role));
  }

  public boolean hasPassword() {
    return passwordHash != null;
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
