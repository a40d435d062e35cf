-- Accounts are disabled, never erased: their audit history names them. A disabled account signs in
-- neither by password, nor by API token, nor by single sign-on. Email is optional (local accounts).
alter table account add column disabled_at timestamptz;
alter table account add column email varchar(254);

-- The platform's attestation policy as a platform admin set it through the API; no row means the
-- deployment's default (portal.webauthn.attestation). One row at most.
create table platform_attestation_policy (
    id              smallint     primary key default 1 check (id = 1),
    policy          varchar(32)  not null check (policy in ('ANY_FIDO2', 'YUBIKEY_ONLY')),
    -- Comma-separated AAGUIDs that YUBIKEY_ONLY accepts; empty means the deployment's list.
    allowed_aaguids text         not null default '',
    changed_by      varchar(64)  not null,
    changed_at      timestamptz  not null,
    version         bigint       not null default 0
);

-- A repository whose initialisation (a root-key change) waits for the owners' approval: the change
-- request that initialises it. Null once its trust data is on notary-server (every repository so far).
alter table repository add column pending_change_id bigint;
