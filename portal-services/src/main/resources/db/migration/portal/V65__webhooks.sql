-- Webhooks (issue 21). An organisation's owners register HTTPS endpoints for chosen event types; the
-- signing secret is sealed under the key-encryption key (AES-256-GCM, bound to the hook's ID) and never
-- shown again after creation.
create table webhook (
    id                bigint       primary key,
    organisation_id   bigint       not null references organisation (id),
    url               varchar(2048) not null,
    event_types       varchar(1024) not null,
    secret_kek_id     varchar(128) not null,
    secret_nonce      bytea        not null,
    secret_ciphertext bytea        not null,
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null
);
create sequence webhook_id_seq;
create index webhook_organisation on webhook (organisation_id);

-- One row per event and hook: the outbox while PENDING (written in the transaction of the event), the
-- hook's delivery log afterwards. The body is kept as sent, so every retry sends the same bytes and
-- the same signature.
create table webhook_delivery (
    id               bigserial    primary key,
    webhook_id       bigint       not null references webhook (id) on delete cascade,
    event_id         varchar(36)  not null,
    event_type       varchar(64)  not null,
    body             text         not null,
    state            varchar(16)  not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      not null default 0,
    last_status      integer,
    last_error       varchar(1024),
    created_at       timestamptz  not null,
    next_attempt_at  timestamptz,
    claim            varchar(36),
    claimed_until    timestamptz,
    finished_at      timestamptz
);
create index webhook_delivery_log on webhook_delivery (webhook_id, id desc);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
