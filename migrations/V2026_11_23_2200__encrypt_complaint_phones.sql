-- Citizens' phone numbers are encrypted at rest (product.md §5). The readable column goes; in its place:
--   citizen_phone_enc   AES-256-GCM ciphertext of the E.164 number ([format][nonce][ciphertext+tag]);
--   citizen_phone_index keyed HMAC-SHA256 (hex) of the E.164 number, to find a citizen's complaints by number;
--   phone_last4         (kept) the last four digits a citizen types to look up a complaint's status.
-- No complaint with a phone exists in production yet; the numbers of development rows are dropped, not migrated.
ALTER TABLE complaints
  DROP COLUMN citizen_phone,
  ADD COLUMN citizen_phone_enc VARBINARY(255) NULL AFTER text,
  ADD COLUMN citizen_phone_index CHAR(64) NULL AFTER citizen_phone_enc,
  ADD KEY ix_complaints_phone_index (citizen_phone_index, received_at);
