-- The expiry radar (issue 21, "Watch"). It reads each repository's trust data, as it verifies against
-- its pins, at most every portal.expiry.recheck, the longest unread first; and announces once per
-- repository, role and expiry a role that expires within the warning window (repository.expiring in
-- the organisation's audit chain, and so to webhooks). A re-signed role has a new expiry: announced
-- anew when that one comes near.

alter table repository add column expiry_read_at timestamptz;

create index repository_expiry_read_idx on repository (expiry_read_at nulls first, id)
    where pending_change_id is null and pending_ceremony_id is null and diverged_finding is null;

create table expiry_announcement (
    gun          varchar(255) not null,
    role         varchar(255) not null,
    expires_at   timestamptz  not null,
    announced_at timestamptz  not null,
    primary key (gun, role, expires_at)
);
