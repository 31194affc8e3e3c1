-- Complaints, minimal: enough for the kiosk's "Gửi phản ánh" and the tracking code; the complaints feature
-- builds its workflow (assignment, steps, events) on this table.
CREATE TABLE complaints (
  id               BIGINT        NOT NULL,
  tracking_code    VARCHAR(32)   NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  status           VARCHAR(24)   NOT NULL,
  channel          VARCHAR(16)   NOT NULL,
  unit_id          BIGINT        NULL,
  sector_id        BIGINT        NULL,
  dossier_code     VARCHAR(64)   NULL,
  text             TEXT          NOT NULL,
  citizen_phone    VARCHAR(32)   NULL,
  phone_last4      CHAR(4)       NULL,
  kiosk_id         BIGINT        NULL,
  received_at      DATETIME(6)   NOT NULL,
  due_at           DATETIME(6)   NOT NULL,
  idempotency_key  VARCHAR(100)  NULL,
  body_hash        CHAR(64)      NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_complaints_tracking_code (tracking_code),
  UNIQUE KEY uq_complaints_idempotency_key (idempotency_key),
  KEY ix_complaints_unit (unit_id, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time, short-lived codes that let a kiosk device fetch its token (the code itself is never stored).
CREATE TABLE kiosk_pairings (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  kiosk_id    BIGINT       NOT NULL,
  code_hash   CHAR(64)     NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  used_at     DATETIME(6)  NULL,
  created_by  VARCHAR(255) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kiosk_pairings_code (code_hash),
  KEY ix_kiosk_pairings_kiosk (kiosk_id),
  CONSTRAINT fk_kiosk_pairings_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosks (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
