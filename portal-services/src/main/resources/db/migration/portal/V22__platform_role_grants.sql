-- When an account was given a platform role, and by whom: a platform admin whose role is younger than the
-- cooling-off period does not count as the second person of a support-desk break-glass. Roles granted
-- before this table existed have no row and count as old.
create table platform_role_grant (
    username   varchar(64) not null,
    role       varchar(32) not null,
    granted_by varchar(64) not null,
    granted_at timestamptz not null,
    primary key (username, role)
);
