package dev.trustportal.portal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A tenant of the registry. The table is created by Flyway (V1), never by Hibernate. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, unique = true, length = OrganisationName.MAX_LENGTH)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Organisation() {
    // for JPA
  }

  public Organisation(OrganisationName name, Instant createdAt) {
    this.name = Objects.requireNonNull(name).value();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public OrganisationName name() {
    return new OrganisationName(name);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
