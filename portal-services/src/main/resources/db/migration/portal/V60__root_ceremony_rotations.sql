-- Root ceremonies beyond initialisation (issue 22): a root rotation (new root keys for the current custodians, which
-- is also how custodians are added or removed) and a targets key rotation. Both change root.json, so the custodians
-- sign the next root with M keys of the old root and M of the new one. The old root is kept with the ceremony: the
-- signatures count against it, and the upload is refused if the repository's root changed meanwhile.
alter table root_ceremony drop constraint root_ceremony_operation_check;
alter table root_ceremony add constraint root_ceremony_operation_check
    check (operation in ('INITIALISE_REPOSITORY', 'ROTATE_ROOT', 'ROTATE_TARGETS_KEY'));
alter table root_ceremony alter column targets_file drop not null;
alter table root_ceremony add column old_root_file bytea;

-- A custodian's root key is CURRENT (named by the repository's root), PENDING (made for a rotation ceremony, named
-- by the root it prepares) or RETIRED (replaced by a published rotation). Pending keys of an expired ceremony are
-- deleted: nothing ever signed with them.
alter table custodian_root_key
    add column state       varchar(16) not null default 'CURRENT' check (state in ('CURRENT', 'PENDING', 'RETIRED')),
    add column ceremony_id bigint references root_ceremony (id) on delete cascade;

create index root_ceremony_open_idx on root_ceremony (expires_at) where state = 'OPEN';
