-- A root ceremony whose repository's root changed on notary-server after it opened can never publish: its signatures
-- are over a root that no longer chains. It is closed as FAILED (issue 22), apart from one that merely ran out of time.
alter table root_ceremony drop constraint root_ceremony_state_check;
alter table root_ceremony add constraint root_ceremony_state_check
    check (state in ('OPEN', 'PUBLISHED', 'EXPIRED', 'FAILED'));
