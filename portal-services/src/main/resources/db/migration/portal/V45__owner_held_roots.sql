-- Owner-held roots (issue 22). A security key becomes a custodian key when its owner enrols it with the
-- WebAuthn PRF extension: the portal keeps the per-key salt it evaluated PRF over and the X25519 public key
-- derived from the output, never the output itself.
alter table security_key
    add column prf_salt             bytea,
    add column custodian_public_key bytea,
    add column custodian_since      timestamptz,
    add constraint security_key_custodian_whole
        check ((prf_salt is null) = (custodian_public_key is null) and (prf_salt is null) = (custodian_since is null));

-- Root custody per organisation; no row means SERVER (root keys sealed under the key-encryption key).
create table root_custody (
    organisation_id bigint      primary key references organisation (id),
    mode            varchar(16) not null check (mode in ('SERVER', 'OWNERS')),
    threshold       integer     not null check (threshold >= 1),
    changed_at      timestamptz not null
);

-- A request to switch custody, approved by the organisation's current quorum (approval subject CUSTODY_CHANGE).
create table custody_change (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    mode            varchar(16)  not null check (mode in ('SERVER', 'OWNERS')),
    threshold       integer      not null,
    requested_by    varchar(64)  not null,
    filed_at        timestamptz  not null,
    digest          varchar(64)  not null,
    approvals_needed integer     not null,
    state           varchar(16)  not null check (state in ('FILED', 'APPLIED', 'REJECTED')),
    decided_at      timestamptz,
    reason          varchar(1000)
);

create table custody_change_approval (
    custody_change_id bigint      not null references custody_change (id),
    username          varchar(64) not null,
    security_key_id   bigint      not null,
    approved_at       timestamptz not null,
    primary key (custody_change_id, username)
);

-- A root private key of an OWNERS repository, wrapped for one custodian's security key only (X25519 + HKDF +
-- AES-GCM to the key's public key); the key-encryption key plays no part, so it alone opens none of these.
create table custodian_root_key (
    id                   bigserial    primary key,
    gun                  varchar(255) not null,
    key_id               varchar(64)  not null,
    security_key_id      bigint       not null references security_key (id),
    certificate          bytea        not null,
    ephemeral_public_key bytea        not null,
    nonce                bytea        not null,
    ciphertext           bytea        not null,
    created_at           timestamptz  not null,
    constraint custodian_root_key_once unique (gun, key_id)
);

-- A root ceremony: an operation on a repository's root that M custodians sign with their own root keys.
create table root_ceremony (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    gun             varchar(255) not null,
    operation       varchar(32)  not null check (operation in ('INITIALISE_REPOSITORY')),
    digest          varchar(64)  not null,
    root_file       bytea        not null,
    targets_file    bytea        not null,
    threshold       integer      not null,
    custodians      integer      not null,
    state           varchar(16)  not null check (state in ('OPEN', 'PUBLISHED', 'EXPIRED')),
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    published_at    timestamptz,
    version         bigint       not null default 0
);

create index root_ceremony_gun_idx on root_ceremony (gun);

create table root_ceremony_signature (
    ceremony_id     bigint       not null references root_ceremony (id),
    security_key_id bigint       not null,
    username        varchar(64)  not null,
    key_id          varchar(64)  not null,
    method          varchar(32)  not null,
    signature       text         not null,
    signed_at       timestamptz  not null,
    primary key (ceremony_id, key_id)
);

-- A repository whose initialisation waits for its root ceremony.
alter table repository add column pending_ceremony_id bigint;

-- A custody change's approval challenge names the change, a ceremony touch's the ceremony (as V13, V21 do).
alter table webauthn_challenge
    add column custody_change_id bigint references custody_change (id) on delete cascade,
    add column root_ceremony_id  bigint references root_ceremony (id) on delete cascade;

alter table webauthn_challenge drop constraint webauthn_challenge_purpose_known;
alter table webauthn_challenge add constraint webauthn_challenge_purpose_known
    check (purpose in ('REGISTRATION', 'APPROVAL', 'CASE_APPROVAL', 'REMOVAL', 'POLICY_APPROVAL', 'KEY_ADDITION',
        'KEY_CONFIRMATION', 'PRF_ENROLMENT', 'CUSTODY_APPROVAL', 'ROOT_CEREMONY', 'ROLE_APPROVAL'));
