-- Granting a platform role (platform-admin, support) is a request that another platform admin approves
-- with a security key; only then is the role given. One request per account and role may wait at a time.
create table platform_role_request (
    id              bigserial    primary key,
    username        varchar(64)  not null,
    role            varchar(32)  not null,
    requested_by    varchar(64)  not null,
    requested_at    timestamptz  not null,
    -- SHA-256 over the account, the role, the requester and the filing time: what the approver's key signs.
    digest          varchar(64)  not null,
    state           varchar(16)  not null check (state in ('FILED', 'GRANTED', 'REJECTED')),
    decided_by      varchar(64),
    decided_at      timestamptz,
    security_key_id bigint       references security_key (id) on delete set null,
    reason          varchar(500)
);

create unique index platform_role_request_waiting on platform_role_request (username, role) where state = 'FILED';

-- Approval challenges bound to a request's digest, as those of changes, cases and policy changes are (the
-- purpose column holds at most 16 characters).
alter table webauthn_challenge drop constraint webauthn_challenge_purpose_known;
alter table webauthn_challenge add constraint webauthn_challenge_purpose_known
    check (purpose in ('REGISTRATION', 'APPROVAL', 'CASE_APPROVAL', 'REMOVAL', 'POLICY_APPROVAL', 'KEY_ADDITION',
                       'KEY_CONFIRMATION', 'ROLE_APPROVAL'));
alter table webauthn_challenge add column role_request_id bigint references platform_role_request (id) on delete cascade;
