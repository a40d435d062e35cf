-- A root ceremony whose signatures are all in is SIGNED: it waits in the outbox until the portal has published it to
-- notary-server (issue 22). While notary-server is away the custodians' touches are kept, not rolled back, and the
-- publication is retried; publish_error says why the last attempt failed.
alter table root_ceremony drop constraint root_ceremony_state_check;
alter table root_ceremony add constraint root_ceremony_state_check
    check (state in ('OPEN', 'SIGNED', 'PUBLISHED', 'EXPIRED', 'FAILED'));
alter table root_ceremony add column publish_error varchar(1000);
create index root_ceremony_signed on root_ceremony (id) where state = 'SIGNED';
