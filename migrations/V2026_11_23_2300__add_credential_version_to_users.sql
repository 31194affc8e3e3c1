-- A staff session remembers the credential version it signed in with; resetting a password or deactivating the
-- account raises the version, which ends every session that was signed in before.
ALTER TABLE users ADD COLUMN credential_version INT NOT NULL DEFAULT 0 AFTER password_hash;
