package dev.trustportal.portal.securitykey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The FIDO metadata blob a platform admin uploaded (one row, V16), kept as the signed JWT text so
 * that it can be verified again; its serial number only grows.
 */
@Entity
@Table(name = "platform_fido_metadata")
public class StoredMetadataBlob {

  private static final short THE_ONE = 1;

  @Id
  @Column(name = "id")
  private short id = THE_ONE;

  @Column(name = "blob", nullable = false)
  private String blob;

  @Column(name = "serial_no", nullable = false)
  private long serial;

  @Column(name = "next_update", nullable = false)
  private LocalDate nextUpdate;

  @Column(name = "entries", nullable = false)
  private int entries;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StoredMetadataBlob() {
    // for JPA
  }

  public StoredMetadataBlob(String jwt, MetadataBlob verified, String uploadedBy, Instant at) {
    replace(jwt, verified, uploadedBy, at);
  }

  /** Takes a newer blob's place; the caller checked its serial number is higher. */
  public void replace(String jwt, MetadataBlob verified, String uploadedBy, Instant at) {
    this.blob = Objects.requireNonNull(jwt);
    this.serial = verified.serial();
    this.nextUpdate = verified.nextUpdate();
    this.entries = verified.entryCount();
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = at.truncatedTo(ChronoUnit.MICROS);
  }

  public String jwt() {
    return blob;
  }

  public long serial() {
    return serial;
  }

  public LocalDate nextUpdate() {
    return nextUpdate;
  }

  public int entries() {
    return entries;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
