-- Pinned trust (issue 21). Per repository the portal keeps the root it trusts (the root.json it made at
-- initialisation, took at import, or published in a rotation or reset), the delegation keys it put into
-- targets, and the highest version it has seen of every role (rollback floors). A repository whose trust
-- data on notary-server does not verify against them is diverged: the finding says what differs.

alter table repository
    add column diverged_finding text,
    add column diverged_at      timestamptz;

create index repository_diverged_idx on repository (diverged_at) where diverged_finding is not null;

create table pinned_root (
    gun       varchar(255) primary key,
    root_json bytea        not null,
    pinned_at timestamptz  not null
);

-- The delegation keys the portal put (or, just before an upload, is about to put) into targets.
create table pinned_key (
    gun    varchar(255) not null,
    key_id varchar(255) not null,
    primary key (gun, key_id)
);

-- One row per role; raised with greatest() so that concurrent readers never lower a floor.
create table pinned_floor (
    gun     varchar(255) not null,
    role    varchar(255) not null,
    version integer      not null,
    primary key (gun, role)
);
