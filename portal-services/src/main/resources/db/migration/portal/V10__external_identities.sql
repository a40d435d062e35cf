-- People who sign in through an OpenID Connect provider (Keycloak): their account has no password,
-- and external_identity links it to the provider's subject. A membership that a token claim granted
-- is marked, so that a later sign-in takes back what the claim no longer grants, and only that.

alter table account alter column password_hash drop not null;

create table external_identity (
    id            bigserial    primary key,
    issuer        varchar(255) not null,
    subject       varchar(255) not null,
    username      varchar(64)  not null references account (username) on delete cascade,
    email         varchar(320),
    created_at    timestamptz  not null,
    last_sign_in  timestamptz  not null,
    version       bigint       not null default 0,
    constraint external_identity_issuer_subject_key unique (issuer, subject),
    constraint external_identity_username_key unique (username)
);

alter table membership add column granted_by_claim boolean not null default false;

-- "Which memberships did the claim grant this person": every single sign-on with a membership claim.
create index membership_claimed_idx on membership (username) where granted_by_claim;
