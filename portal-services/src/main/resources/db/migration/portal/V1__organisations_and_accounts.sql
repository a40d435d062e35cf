-- Organisations (tenants) and local accounts.

create table organisation (
    id         bigserial    primary key,
    name       varchar(255) not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0,
    constraint organisation_name_key unique (name)
);

create table account (
    id            bigserial    primary key,
    username      varchar(64)  not null,
    password_hash varchar(255) not null,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint account_username_key unique (username)
);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(64) not null,
    primary key (account_id, role)
);
