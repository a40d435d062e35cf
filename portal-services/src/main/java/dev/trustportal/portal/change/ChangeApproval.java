package dev.trustportal.portal.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One owner's approval of a change request, with the security key whose assertion backs it. Each
 * owner counts once (unique in the table).
 */
@Entity
@Table(name = "change_approval")
public class ChangeApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_id", nullable = false, updatable = false)
  private long changeId;

  @Column(name = "approver", nullable = false, updatable = false)
  private String approver;

  @Column(name = "approved_at", nullable = false, updatable = false)
  private Instant approvedAt;

  @Column(name = "security_key_id", updatable = false)
  private Long securityKeyId;

  protected ChangeApproval() {
    // for JPA
  }

  public ChangeApproval(long changeId, String approver, long securityKeyId, Instant approvedAt) {
    this.changeId = changeId;
    this.securityKeyId = securityKeyId;
    this.approver = Objects.requireNonNull(approver);
    this.approvedAt = Objects.requireNonNull(approvedAt);
  }

  public long changeId() {
    return changeId;
  }

  public String approver() {
    return approver;
  }

  public Instant approvedAt() {
    return approvedAt;
  }
}
