-- Signer requests: a member of an organisation asks for a signer on one of its repositories with a
-- name and a PEM public key or certificate; an owner or admin accepts it (which files the ADD_SIGNER
-- change) or declines it with a reason. And signer links: which portal account a signer of a
-- repository belongs to, so that the notary token service lets that account push to the GUN.

create table signer_request (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id) on delete cascade,
    repository_id   bigint       not null references repository (id) on delete cascade,
    signer_name     varchar(64)  not null,
    -- The PEM text as the requester sent it; kind says whether it is a PUBLIC_KEY or a CERTIFICATE.
    key_kind        varchar(16)  not null,
    key_pem         text         not null,
    -- The key's ID and TUF key type as they will appear in the trust data, for lists.
    key_id          char(64)     not null,
    key_type        varchar(32)  not null,
    requested_by    varchar(64)  not null,
    requested_at    timestamptz  not null,
    state           varchar(16)  not null,
    decided_by      varchar(64),
    decided_at      timestamptz,
    reason          text,
    change_id       bigint       references change_request (id),
    version         bigint       not null default 0,
    constraint signer_request_state_known check (state in ('PENDING', 'ACCEPTED', 'DECLINED')),
    constraint signer_request_key_kind_known check (key_kind in ('PUBLIC_KEY', 'CERTIFICATE'))
);

-- The organisation's pending requests (the navigation badge counts them) and a requester's own.
create index signer_request_organisation_idx on signer_request (organisation_id, state, id);
create index signer_request_requester_idx on signer_request (requested_by, id);

-- The account a signer belongs to. The row is written when the ADD_SIGNER change is filed and counts
-- only once that change is PUBLISHED; it goes when a REMOVE_SIGNER of the signer is published.
create table signer_link (
    gun         varchar(255) not null,
    signer_name varchar(64)  not null,
    username    varchar(64)  not null,
    change_id   bigint       not null references change_request (id),
    primary key (gun, signer_name)
);

create index signer_link_username_idx on signer_link (username, gun);

-- Removing one's last security key needs a fresh assertion over a challenge of its own purpose.
alter table webauthn_challenge drop constraint webauthn_challenge_purpose_check;
alter table webauthn_challenge add constraint webauthn_challenge_purpose_known
    check (purpose in ('REGISTRATION', 'APPROVAL', 'CASE_APPROVAL', 'REMOVAL'));
