-- API tokens: personal tokens act for their user, robot tokens for one organisation (CI). Only the
-- SHA-256 of the secret's random part is kept (see TokenSecret); a revoked token keeps its row, so
-- that the audit chain's "token 12" stays explainable.

create table api_token (
    id            bigserial    primary key,
    kind          varchar(16)  not null,
    name          varchar(64)  not null,
    username      varchar(64)  references account (username) on delete cascade,
    organisation  varchar(255) references organisation (name) on delete cascade,
    repositories  text         not null default '',
    access        varchar(8)   not null,
    secret_hash   char(64)     not null,
    created_by    varchar(255) not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    constraint api_token_kind_known check (kind in ('PERSONAL', 'ROBOT')),
    constraint api_token_access_known check (access in ('READ', 'WRITE')),
    constraint api_token_holder check (
        (kind = 'PERSONAL' and username is not null)
        or (kind = 'ROBOT' and username is null and organisation is not null)),
    constraint api_token_repositories_need_org check (repositories = '' or organisation is not null)
);

-- The lists: a person's tokens, an organisation's robots; revoked ones are never listed.
create index api_token_username_idx on api_token (username) where revoked_at is null;
create index api_token_organisation_idx on api_token (organisation) where kind = 'ROBOT' and revoked_at is null;
