-- Change requests of trust (add signer, remove signer, add or remove a signer's key, set a threshold),
-- their approvals, each organisation's approval policy, and the outbox the publishing worker drains.

create table change_request (
    id                 bigserial    primary key,
    organisation_id    bigint       not null references organisation (id),
    repository_id      bigint       not null references repository (id),
    gun                varchar(255) not null,
    type               varchar(32)  not null,
    -- Canonical JSON (notary's canonical form); digest is the hex SHA-256 of its UTF-8 bytes.
    payload            text         not null,
    digest             char(64)     not null,
    summary            text         not null,
    state              varchar(16)  not null,
    requested_by       varchar(64)  not null,
    filed_at           timestamptz  not null,
    updated_at         timestamptz  not null,
    -- The policy's quorum when the request was filed: a later policy change does not move it.
    approvals_needed   integer      not null,
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz,
    last_error         text,
    failure            text,
    -- The version of each role file the publication uploaded, as JSON {"targets": 4}.
    published_versions text,
    version            bigint       not null default 0,
    constraint change_request_state_known
        check (state in ('FILED', 'APPROVED', 'PUBLISHING', 'PUBLISHED', 'REJECTED', 'FAILED'))
);

-- The organisation's and the repository's change lists, newest first.
create index change_request_organisation_idx on change_request (organisation_id, id);
create index change_request_repository_idx on change_request (repository_id, id);

create table change_approval (
    id          bigserial   primary key,
    change_id   bigint      not null references change_request (id) on delete cascade,
    approver    varchar(64) not null,
    approved_at timestamptz not null,
    constraint change_approval_once unique (change_id, approver)
);

-- How many owners must approve each type of change; no row means 0 (published at once).
create table approval_policy (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    change_type     varchar(32) not null,
    approvals       integer     not null check (approvals >= 0),
    primary key (organisation_id, change_type)
);

-- Approved changes waiting to be published: written in the transaction of the approval and deleted
-- in the one that records the outcome. Workers of every instance claim rows with FOR UPDATE SKIP
-- LOCKED, oldest change of a GUN first; "claim" marks a row one worker is applying.
create table change_outbox (
    id              bigserial    primary key,
    change_id       bigint       not null unique references change_request (id),
    gun             varchar(255) not null,
    enqueued_at     timestamptz  not null,
    next_attempt_at timestamptz  not null,
    claim           varchar(36),
    claimed_until   timestamptz
);

create index change_outbox_gun_idx on change_outbox (gun, change_id);
create index change_outbox_due_idx on change_outbox (next_attempt_at);
