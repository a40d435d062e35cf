-- Private keys the portal holds for repositories (root, targets), sealed with AES-256-GCM under a
-- key-encryption key from a keystore. The plaintext key is never stored; (gun, role, key_id) is bound
-- into the ciphertext as additional authenticated data, so a row's sealed key only opens for that row.

create table held_key (
    id             bigserial    primary key,
    gun            varchar(255) not null,
    role           varchar(255) not null,
    key_id         varchar(64)  not null,
    algorithm      varchar(32)  not null,
    public_key     bytea        not null,
    kek_id         varchar(255) not null,
    seal_algorithm varchar(32)  not null,
    nonce          bytea        not null,
    sealed_key     bytea        not null,
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    constraint held_key_ref_key unique (gun, role, key_id),
    constraint held_key_key_id_hex check (key_id ~ '^[0-9a-f]{64}$'),
    constraint held_key_nonce_length check (octet_length(nonce) = 12),
    constraint held_key_sealed_key_length check (octet_length(sealed_key) > 16)
);

-- The bridge asks for keys by key ID when it signs.
create index held_key_key_id_idx on held_key (key_id);
