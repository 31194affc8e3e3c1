-- Inbound SMS (product.md §4.9): every message Twilio brought, by webhook or by the reconciliation that reads
-- Twilio's message list, stored once (uq on message_sid: a replay or a message seen both ways is one row) before
-- anything is done with it. The sender is encrypted (purpose sms_inbound.phone) with the shared citizen phone index
-- (PhoneIndex); null when the sender is not a Vietnamese mobile. state: PENDING until processed (a failed attempt
-- waits for next_attempt_at, the retry job answers through the outbox), DONE, or FAILED after the last attempt.
-- outcome: what the reply did (RATED, NO_DOSSIER, COMPLAINT_FILED, OPTED_OUT, HELP, REFUSED, UNKNOWN_SENDER).
-- reply_text is the TwiML answer given, so that Twilio's retry of the same message gets the same answer.
CREATE TABLE sms_inbound (
  id               BIGINT         NOT NULL,
  message_sid      VARCHAR(64)    NOT NULL,
  account_sid      VARCHAR(64)    NULL,
  phone_cipher     VARBINARY(255) NULL,
  phone_index      CHAR(64)       NULL,
  to_number        VARCHAR(64)    NULL,
  body             TEXT           NOT NULL,
  via              VARCHAR(16)    NOT NULL,
  state            VARCHAR(16)    NOT NULL,
  outcome          VARCHAR(24)    NULL,
  reply_kind       VARCHAR(16)    NULL,
  reply_via        VARCHAR(16)    NULL,
  reply_text       VARCHAR(500)   NULL,
  dossier_code     VARCHAR(64)    NULL,
  unit_id          BIGINT         NULL,
  rating_id        BIGINT         NULL,
  tracking_code    VARCHAR(32)    NULL,
  attempts         INT            NOT NULL DEFAULT 0,
  last_error       VARCHAR(500)   NULL,
  next_attempt_at  DATETIME(6)    NOT NULL,
  received_at      DATETIME(6)    NOT NULL,
  stored_at        DATETIME(6)    NOT NULL,
  processed_at     DATETIME(6)    NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_sms_inbound_sid (message_sid),
  KEY ix_sms_inbound_due (state, next_attempt_at),
  KEY ix_sms_inbound_received (received_at),
  KEY ix_sms_inbound_outcome (outcome, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
