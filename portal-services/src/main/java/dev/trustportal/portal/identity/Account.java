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
 * Tables come from Flyway (V1, display name V4, optional password V10, disabled and email V14). A
 * disabled account is kept (its audit history names it) but signs in no more.
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

  @Column(name = "email", length = AccountService.MAX_EMAIL_LENGTH)
  private String email;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Column(name = "sessions_valid_after")
  private Instant sessionsValidAfter;

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
      String username,
      String passwordHash,
      String displayName,
      Set<String> roles,
      Instant createdAt) {
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

  public void changeEmail(String email) {
    this.email = email;
  }

  /** Replaces the password hash; only for an account that has a password. */
  public void changePasswordHash(String passwordHash) {
    if (this.passwordHash == null) {
      throw new IllegalStateException("an account of the identity provider has no password");
    }
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  /** Grants or withdraws the platform-admin role. */
  public void changeRoles(Set<String> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  /** From now on the account signs in no more; disabling twice keeps the first time. */
  public void disable(Instant now) {
    if (disabledAt == null) {
      disabledAt = Objects.requireNonNull(now);
    }
  }

  /**
   * Ends every session of the account that began before {@code now}: they are refused at their next
   * request. For what changes who the account is (disabled, new password, other platform roles).
   */
  public void endSessionsBefore(Instant now) {
    sessionsValidAfter = Objects.requireNonNull(now);
  }

  /** Sessions that began before this are over; empty while every session counts. */
  public java.util.Optional<Instant> sessionsValidAfter() {
    return java.util.Optional.ofNullable(sessionsValidAfter);
  }

  /** Lets a disabled account sign in again. */
  public void enable() {
    disabledAt = null;
  }

  public boolean isDisabled() {
    return disabledAt != null;
  }

  /** When it was disabled; null while it is enabled. */
  public Instant disabledAt() {
    return disabledAt;
  }

  /** Null when none is known. */
  public String email() {
    return email;
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
