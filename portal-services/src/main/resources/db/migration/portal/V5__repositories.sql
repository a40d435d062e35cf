-- Registry repositories of organisations. The GUN (<registry host>/<organisation>/<name>) names the
-- repository's trust data on notary-server, which stores it in a varchar(255) too.

create table repository (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    name            varchar(255) not null,
    gun             varchar(255) not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint repository_organisation_name_key unique (organisation_id, name),
    constraint repository_gun_key unique (gun)
);
