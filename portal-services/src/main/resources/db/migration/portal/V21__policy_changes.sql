-- A change of an organisation's approval policy that weakens it (a lower count, self-approval allowed, a
-- longer open period, every key counted) waits here for the owners' approvals under the policy it changes.
create table policy_change (
    id               bigserial    primary key,
    organisation_id  bigint       not null references organisation (id) on delete cascade,
    requested_by     varchar(64)  not null,
    filed_at         timestamptz  not null,
    state            varchar(16)  not null check (state in ('FILED', 'APPLIED', 'REJECTED')),
    -- The weakening part of the request, canonical JSON; digest is SHA-256 over it with the organisation,
    -- the requester and the filing time.
    proposal         text         not null,
    digest           varchar(64)  not null,
    approvals_needed integer      not null check (approvals_needed >= 1),
    decided_at       timestamptz,
    reason           varchar(500)
);

create index policy_change_organisation_idx on policy_change (organisation_id, state);

create table policy_change_approval (
    policy_change_id bigint      not null references policy_change (id) on delete cascade,
    approver         varchar(64) not null,
    security_key_id  bigint      references security_key (id) on delete set null,
    approved_at      timestamptz not null,
    primary key (policy_change_id, approver)
);

-- Approval challenges bound to a policy change's digest, as those of changes and cases are to theirs.
alter table webauthn_challenge drop constraint webauthn_challenge_purpose_known;
alter table webauthn_challenge add constraint webauthn_challenge_purpose_known
    check (purpose in ('REGISTRATION', 'APPROVAL', 'CASE_APPROVAL', 'REMOVAL', 'POLICY_APPROVAL'));
alter table webauthn_challenge add column policy_change_id bigint references policy_change (id) on delete cascade;
