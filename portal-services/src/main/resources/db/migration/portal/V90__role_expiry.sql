-- The expiry radar on each organisation's overview (issue 21). Every read of the radar replaces the
-- repository's rows with the expiries its verified trust data states (root, targets, snapshot and
-- every delegation; timestamp is notary-server's own), so the overview lists an organisation's roles
-- by time left from the database, however many repositories it has, without reading notary-server.

create table role_expiry (
    gun        varchar(255) not null,
    role       varchar(255) not null,
    expires_at timestamptz  not null,
    read_at    timestamptz  not null,
    primary key (gun, role)
);

create index role_expiry_expires_idx on role_expiry (expires_at, gun, role);
