-- Dossiers (hồ sơ) as the one-stop software feeds them (product.md §4.5): HaiLong keeps a reference, not the
-- dossier. Keys are application-generated (TimeOrderedIds); the code is the one-stop software's. The citizen's
-- phone is encrypted (AES-GCM, purpose dossiers.citizen_phone) with a blind index to find a citizen's dossiers.
-- appointment_at is the current promised return moment; a re-schedule (apology) moves it once and keeps the
-- original in original_appointment_at.
CREATE TABLE dossiers (
  id                      BIGINT        NOT NULL,
  code                    VARCHAR(64)   NOT NULL,
  unit_id                 BIGINT        NOT NULL,
  procedure_id            BIGINT        NOT NULL,
  officer_id              BIGINT        NULL,
  counter_id              BIGINT        NULL,
  channel                 VARCHAR(16)   NULL,
  citizen_phone           VARBINARY(255) NULL,
  citizen_phone_index     CHAR(64)      NULL,
  received_at             DATETIME(6)   NOT NULL,
  appointment_at          DATETIME(6)   NOT NULL,
  original_appointment_at DATETIME(6)   NULL,
  finished_at             DATETIME(6)   NULL,
  returned_at             DATETIME(6)   NULL,
  created_at              DATETIME(6)   NOT NULL,
  updated_at              DATETIME(6)   NOT NULL,
  updated_by_token        BIGINT        NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_dossiers_code (code),
  KEY ix_dossiers_unit_appointment (unit_id, appointment_at),
  KEY ix_dossiers_unit_returned (unit_id, returned_at),
  KEY ix_dossiers_phone (citizen_phone_index)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
