package dev.trustportal.portal.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The link between a person at the identity provider (issuer and subject) and their portal account.
 * The table comes from Flyway (V10).
 */
@Entity
@Table(name = "external_identity")
public class ExternalIdentity {

  static final int MAX_EMAIL = 320;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issuer", nullable = false)
  private String issuer;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "email", length = MAX_EMAIL)
  private String email;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_sign_in", nullable = false)
  private Instant lastSignIn;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ExternalIdentity() {
    // for JPA
  }

  public ExternalIdentity(
      String issuer, String subject, String username, String email, Instant now) {
    this.issuer = Objects.requireNonNull(issuer);
    this.subject = Objects.requireNonNull(subject);
    this.username = Objects.requireNonNull(username);
    this.email = email;
    this.createdAt = Objects.requireNonNull(now);
    this.lastSignIn = now;
  }

  /** Records a sign-in and the email the provider gave this time. */
  public void signedIn(String email, Instant at) {
    this.email = email;
    this.lastSignIn = Objects.requireNonNull(at);
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public Instant lastSignIn() {
    return lastSignIn;
  }
}
