-- How many repositories each organisation has, kept by the database itself so that the first page of
-- an organisation with 100,000 repositories does not count them all on every request (a count over
-- the index takes ~20 ms of database time there; this is a primary-key read).
--
-- The trigger is a deferred constraint trigger: it runs at commit, so a transaction that creates a
-- repository (and then waits for notary-server) does not hold the counter row's lock meanwhile, and
-- concurrent creations in one organisation only meet for the moment of their commits.

create table organisation_repository_count (
    organisation_id bigint primary key references organisation (id) on delete cascade,
    repositories    bigint not null check (repositories >= 0)
);

insert into organisation_repository_count (organisation_id, repositories)
select o.id, (select count(*) from repository r where r.organisation_id = o.id) from organisation o;

create function count_repositories() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into organisation_repository_count as c (organisation_id, repositories)
        values (new.organisation_id, 1)
        on conflict (organisation_id) do update set repositories = c.repositories + 1;
    elsif tg_op = 'DELETE' then
        update organisation_repository_count set repositories = repositories - 1
        where organisation_id = old.organisation_id;
    end if;
    return null;
end $$;

create constraint trigger repository_counted
    after insert or delete on repository
    deferrable initially deferred
    for each row execute function count_repositories();
