-- Whether a key's registration proved its maker: an attestation chained to a configured root (false
-- for keys accepted under the testing policy, and for keys registered before this was recorded, so
-- that an organisation asking for YubiKeys fails closed on them).
alter table security_key add column attestation_verified boolean not null default false;

-- Which security keys count for approvals in the organisation: whatever the platform accepts, or
-- only allow-listed models (YubiKeys) whose attestation was verified.
alter table approval_settings add column required_keys varchar(16) not null default 'ANY_FIDO2'
    check (required_keys in ('ANY_FIDO2', 'YUBIKEY_ONLY'));
