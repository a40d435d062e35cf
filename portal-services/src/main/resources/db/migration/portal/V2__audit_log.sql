-- The audit log: one hash chain per organisation, plus the platform chain (organisation is null)
-- for events that belong to no organisation. Rows are only ever inserted; hash covers every column
-- and previous_hash, so an edited, removed or reordered row breaks the chain (see HashChain).

create sequence audit_event_seq;

create table audit_event (
    id            bigint       primary key,
    organisation  varchar(255),
    actor         varchar(255) not null,
    action        varchar(64)  not null,
    target        text,
    outcome       varchar(16)  not null,
    detail        text,
    occurred_at   timestamptz  not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null,
    constraint audit_event_outcome_check check (outcome in ('SUCCEEDED', 'DENIED', 'FAILED'))
);

-- Paging and verifying one chain walk it by id.
create index audit_event_chain_idx on audit_event (organisation, id);

-- A second append after the same predecessor would fork the chain; appends are serialised with an
-- advisory lock, and this index makes a fork impossible even if a writer forgot the lock.
create unique index audit_event_no_fork_idx on audit_event (coalesce(organisation, ''), previous_hash);
