-- Tags a published removal left in no role (held only in the signer's own role it deleted), with who can sign each
-- into targets/releases again and the command (issue 21). Kept with the change, so the trust page lists them until
-- they are in the trust data again.
alter table change_request add column dropped_tags text;
