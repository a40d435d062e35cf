-- Schema of notary-signer 0.7's PostgreSQL key store, matching upstream
-- migrations/signer/postgresql/0001 (Debian ships no migrations).
CREATE TABLE IF NOT EXISTS private_keys (
  id serial PRIMARY KEY,
  created_at timestamp NULL,
  updated_at timestamp NULL,
  deleted_at timestamp NULL,
  key_id varchar(255) NOT NULL,
  encryption_alg varchar(255) NOT NULL,
  keywrap_alg varchar(255) NOT NULL,
  algorithm varchar(50) NOT NULL,
  passphrase_alias varchar(50) NOT NULL,
  public bytea NOT NULL,
  private bytea NOT NULL,
  gun varchar(255) NOT NULL,
  role varchar(255) NOT NULL,
  last_used timestamp NULL,
  CONSTRAINT key_id UNIQUE (key_id),
  CONSTRAINT key_id_algorithm UNIQUE (key_id, algorithm)
);
