-- Memberships: who belongs to which organisation, in which role. Tenancy is decided from this table.

alter table account add column display_name varchar(255);

create table membership (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id) on delete cascade,
    username        varchar(64)  not null references account (username) on delete cascade,
    role            varchar(16)  not null,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint membership_organisation_username_key unique (organisation_id, username),
    constraint membership_role_known check (role in ('OWNER', 'ADMIN', 'SIGNER', 'VIEWER'))
);

-- "Which organisations does this person belong to": the organisation list of every non-admin.
create index membership_username_idx on membership (username);
