-- The support desk: reset and rotation cases opened by support staff for a repository, the approvals
-- given with security keys, the steps carried out (each one row, so that a resumed case skips what is
-- done), and the reset notices consumers of a repository are shown after a trust reset.

create table support_case (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    repository_id   bigint       not null references repository (id),
    gun             varchar(255) not null,
    kind            varchar(32)  not null check (kind in ('ROOT_ROTATION', 'TRUST_RESET', 'TARGETS_KEY_ROTATION',
                                                          'SIGNER_KEY_LOSS', 'SNAPSHOT_KEY_ROTATION')),
    ticket          varchar(64)  not null,
    reason          varchar(2000) not null,
    signer_name     varchar(64),
    signer_key_id   varchar(64),
    opened_by       varchar(64)  not null,
    opened_at       timestamptz  not null,
    -- No owner was left when the case was opened: two platform admins approve instead.
    break_glass     boolean      not null,
    owners_needed   integer      not null,
    -- The plan as message lines (JSON array of {"key","args"}) and the trust data it was computed from:
    -- what was approved is what is carried out.
    plan            text         not null,
    captured        text         not null,
    digest          char(64)     not null,
    state           varchar(32)  not null,
    step            varchar(32)  not null,
    last_error      varchar(2000),
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);

create index support_case_state_idx on support_case (state, id);
create index support_case_organisation_idx on support_case (organisation_id);

create table support_case_approval (
    id              bigserial   primary key,
    case_id         bigint      not null references support_case (id) on delete cascade,
    username        varchar(64) not null,
    -- AGENT (the support agent who opened it), OWNER, or PLATFORM_ADMIN (break-glass).
    capacity        varchar(16) not null,
    security_key_id bigint      references security_key (id) on delete set null,
    approved_at     timestamptz not null,
    constraint support_case_approval_once unique (case_id, username)
);

create table support_case_step (
    id           bigserial   primary key,
    case_id      bigint      not null references support_case (id) on delete cascade,
    step         varchar(32) not null,
    completed_at timestamptz not null,
    detail       varchar(4000),
    constraint support_case_step_once unique (case_id, step)
);

create table reset_notice (
    id              bigserial    primary key,
    repository_id   bigint       not null references repository (id),
    case_id         bigint       not null unique references support_case (id),
    gun             varchar(255) not null,
    reset_at        timestamptz  not null,
    new_root_key_id varchar(64)  not null,
    -- JSON arrays of strings.
    consumer_steps  text         not null,
    tags            text         not null
);

create index reset_notice_repository_idx on reset_notice (repository_id, reset_at desc);

-- Approval challenges bound to a support case's digest, as those of changes are bound to a change's.
alter table webauthn_challenge drop constraint webauthn_challenge_purpose_check;
alter table webauthn_challenge add constraint webauthn_challenge_purpose_check
    check (purpose in ('REGISTRATION', 'APPROVAL', 'CASE_APPROVAL'));
alter table webauthn_challenge add column case_id bigint references support_case (id) on delete cascade;
