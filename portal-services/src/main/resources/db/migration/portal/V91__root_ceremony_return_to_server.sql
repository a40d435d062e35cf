-- Three more root ceremonies (issue 22). A snapshot key rotation: the next root names a new snapshot key notary-server
-- made. Leaving OWNERS custody: the next root lists one root key the portal made and sealed when the ceremony opened;
-- M of the custodians' old root keys sign it, and the portal adds its own signature when it publishes. Entering OWNERS
-- custody: a root the portal held is handed to the custodians, whose new keys sign it, with the portal's old key.
alter table root_ceremony drop constraint root_ceremony_operation_check;
alter table root_ceremony add constraint root_ceremony_operation_check
    check (operation in ('INITIALISE_REPOSITORY', 'ROTATE_ROOT', 'ROTATE_TARGETS_KEY', 'ROTATE_SNAPSHOT_KEY',
                         'RETURN_ROOT_TO_SERVER', 'HAND_ROOT_TO_CUSTODIANS'));
