-- A new security key does not let a password approve (issue 20): a key counts for an organisation's
-- approvals once another owner of the organisation confirmed it there with their own key, once its
-- cooling-off period after registration has passed, or at once when it was registered before the
-- organisation first required approvals (onboarding).

create table security_key_confirmation (
    security_key_id bigint      not null references security_key (id) on delete cascade,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    confirmed_by    varchar(64) not null,
    confirmed_at    timestamptz not null,
    primary key (security_key_id, organisation_id)
);

-- When an organisation first asked any owner approval for a type of change. Keys registered before
-- count at once (its owners enrolled them while nothing needed their keys); keys registered after wait
-- for a confirmation or their cooling-off.
create table approvals_required (
    organisation_id bigint      primary key references organisation (id) on delete cascade,
    since           timestamptz not null
);

-- Organisations that require approvals already: from this upgrade on, so that the keys their owners
-- use today keep counting.
insert into approvals_required (organisation_id, since)
    select distinct organisation_id, now() from approval_policy where approvals > 0;

-- Noted by the database, wherever a count is raised from: the first count above 0 starts it, and it
-- never moves again (lowering and raising again later is no new onboarding).
create function note_approvals_required() returns trigger language plpgsql as $$
begin
    if new.approvals > 0 then
        insert into approvals_required (organisation_id, since) values (new.organisation_id, now())
            on conflict (organisation_id) do nothing;
    end if;
    return new;
end
$$;

create trigger approval_policy_raised after insert or update of approvals on approval_policy
    for each row execute function note_approvals_required();

-- A touch of an existing key that adds another key, and an owner's touch that confirms a fellow
-- owner's key: each bound through its nonce (the registration challenge; the organisation and key).
alter table webauthn_challenge drop constraint webauthn_challenge_purpose_known;
alter table webauthn_challenge add constraint webauthn_challenge_purpose_known
    check (purpose in ('REGISTRATION', 'APPROVAL', 'CASE_APPROVAL', 'REMOVAL', 'POLICY_APPROVAL', 'KEY_ADDITION', 'KEY_CONFIRMATION'));
