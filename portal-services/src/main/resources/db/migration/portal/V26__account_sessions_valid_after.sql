-- Sessions of an account that began before this instant are over: set when the account is disabled, its
-- password or its platform roles change. Null: every session of it counts.
alter table account add column sessions_valid_after timestamp with time zone;
