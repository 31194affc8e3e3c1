-- Outbound SMS (product.md §4.9): every message is a row first, sent later by the dispatcher, so that nothing is
-- lost across restarts and each message goes out once (dedupe_key: "invitation:<dossier id>", "apology:<id>" ...).
-- The number is encrypted (purpose sms.to) with a blind index (daily caps, opt-outs). params is the template's
-- placeholders as a JSON object.
CREATE TABLE sms_outbox (
  id               BIGINT         NOT NULL,
  dedupe_key       VARCHAR(150)   NOT NULL,
  purpose          VARCHAR(32)    NOT NULL,
  unit_id          BIGINT         NULL,
  to_cipher        VARBINARY(255) NOT NULL,
  to_index         CHAR(64)       NOT NULL,
  params           TEXT           NOT NULL,
  body             TEXT           NULL,
  state            VARCHAR(16)    NOT NULL,
  attempts         INT            NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)    NOT NULL,
  created_at       DATETIME(6)    NOT NULL,
  sent_at          DATETIME(6)    NULL,
  provider_sid     VARCHAR(64)    NULL,
  delivery_status  VARCHAR(32)    NULL,
  error_code       VARCHAR(16)    NULL,
  error_message    VARCHAR(500)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_sms_outbox_dedupe (dedupe_key),
  UNIQUE KEY uq_sms_outbox_sid (provider_sid),
  KEY ix_sms_outbox_due (state, next_attempt_at),
  KEY ix_sms_outbox_to (to_index, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Numbers that answered STOP/HUY (or were opted out by an admin): nothing more is sent to them.
CREATE TABLE sms_opt_outs (
  phone_index   CHAR(64)       NOT NULL,
  phone_cipher  VARBINARY(255) NOT NULL,
  opted_out_at  DATETIME(6)    NOT NULL,
  source        VARCHAR(32)    NOT NULL,
  PRIMARY KEY (phone_index)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
