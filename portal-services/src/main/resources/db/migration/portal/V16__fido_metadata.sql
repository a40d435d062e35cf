-- The FIDO Metadata Service (MDS3) blob a platform admin uploaded, as the signed JWT text; one row at
-- most, replaced by a blob with a higher serial number.
create table platform_fido_metadata (
    id          smallint     primary key default 1 check (id = 1),
    blob        text         not null,
    serial_no   bigint       not null,
    next_update date         not null,
    entries     integer      not null,
    uploaded_by varchar(64)  not null,
    uploaded_at timestamptz  not null,
    version     bigint       not null default 0
);

-- Why a key is refused from now on (its model reported compromised by the metadata); null while usable.
alter table security_key add column suspended_reason varchar(500);
