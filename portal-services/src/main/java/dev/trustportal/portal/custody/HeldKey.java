package dev.trustportal.portal.custody;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
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
 * A private key the portal holds for a role of a repository, sealed under the key-encryption key,
 * with its public key in the clear (SPKI DER) so it can be listed and matched without opening it.
 * Table from Flyway (V3).
 */
@Entity
@Table(name = "held_key")
public class HeldKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "gun", nullable = false, length = 255)
  private String gun;

  @Column(name = "role", nullable = false, length = 255)
  private String role;

  @Column(name = "key_id", nullable = false, length = 64)
  private String keyId;

  /** The JCA algorithm of the private key: EC, RSA or Ed25519. */
  @Column(name = "algorithm", nullable = false, length = 32)
  private String algorithm;

  @Column(name = "public_key", nullable = false)
  private byte[] publicKey;

  @Column(name = "kek_id", nullable = false, length = 255)
  private String kekId;

  @Column(name = "seal_algorithm", nullable = false, length = 32)
  private String sealAlgorithm;

  @Column(name = "nonce", nullable = false)
  private byte[] nonce;

  @Column(name = "sealed_key", nullable = false)
  private byte[] sealedKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected HeldKey() {
    // for JPA
  }

  public HeldKey(
      KeyRef ref, String algorithm, byte[] publicKey, SealedKey sealed, Instant createdAt) {
    this.gun = ref.gun().value();
    this.role = ref.role().value();
    this.keyId = ref.keyId().value();
    this.algorithm = Objects.requireNonNull(algorithm);
    this.publicKey = publicKey.clone();
    this.kekId = sealed.kekId();
    this.sealAlgorithm = sealed.algorithm();
    this.nonce = sealed.nonce();
    this.sealedKey = sealed.ciphertext();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public KeyRef ref() {
    return new KeyRef(new Gun(gun), new RoleName(role), new KeyId(keyId));
  }

  public String algorithm() {
    return algorithm;
  }

  public byte[] publicKey() {
    return publicKey.clone();
  }

  public SealedKey sealed() {
    return new SealedKey(kekId, sealAlgorithm, nonce, sealedKey);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
