-- The watcher (issue 21, "Watch"): the expiry radar of V70 grown into it. It follows notary-server's
-- changefeed (a changed GUN is read again at once) and records what it finds in each repository's
-- trust data; roles the portal holds the keys of are re-signed before they expire (RESIGN changes).

-- Where the watcher is in notary-server's changefeed (one row; -1: start from the latest change).
create table watcher_cursor (
    id        integer      primary key check (id = 1),
    change_id bigint       not null,
    read_at   timestamptz  not null
);

-- The findings of the watcher's last read of a repository, replaced on every read. kind: EXPIRING,
-- EXPIRED, BELOW_THRESHOLD, TAGS_UNVERIFIED (a diverged repository's finding stays on the repository).
create table repository_finding (
    gun      varchar(255) not null,
    kind     varchar(32)  not null,
    role     varchar(255) not null,
    detail   text         not null,
    found_at timestamptz  not null,
    primary key (gun, kind, role)
);
