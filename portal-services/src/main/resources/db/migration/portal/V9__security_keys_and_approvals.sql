-- Security keys (WebAuthn credentials) of accounts, the single-use challenges of their ceremonies,
-- the key behind each approval, and the organisation-wide parts of the approval policy.

create table security_key (
    id                       bigserial    primary key,
    username                 varchar(64)  not null,
    name                     varchar(64)  not null,
    -- base64url of the credential ID, as the browser reports it in PublicKeyCredential.id.
    credential_id            varchar(1400) not null unique,
    -- WebAuthn attested credential data (AAGUID, credential ID, COSE public key), as the authenticator sent it.
    attested_credential_data bytea        not null,
    aaguid                   uuid         not null,
    attestation_format       varchar(32)  not null,
    sign_count               bigint       not null,
    uv_initialized           boolean      not null,
    -- Set when a signature counter went backwards: the key may be cloned and is refused from then on.
    possibly_cloned          boolean      not null default false,
    created_at               timestamptz  not null,
    last_used_at             timestamptz,
    constraint security_key_name_once unique (username, name)
);

create index security_key_username_idx on security_key (username);

-- A challenge is deleted when it is used; one that is not used is refused after expires_at.
create table webauthn_challenge (
    id         bigserial   primary key,
    username   varchar(64) not null,
    purpose    varchar(16) not null check (purpose in ('REGISTRATION', 'APPROVAL')),
    -- For APPROVAL: the change it was derived from; challenge = SHA-256(change digest || nonce).
    change_id  bigint      references change_request (id) on delete cascade,
    challenge  bytea       not null unique,
    nonce      bytea,
    expires_at timestamptz not null
);

create index webauthn_challenge_expiry_idx on webauthn_challenge (expires_at);

alter table change_approval add column security_key_id bigint references security_key (id) on delete set null;

-- Whether requesters may approve their own change, and how long a request stays open for approvals.
create table approval_settings (
    organisation_id bigint  primary key references organisation (id) on delete cascade,
    self_approval   boolean not null,
    open_hours      integer not null check (open_hours between 1 and 8760)
);
