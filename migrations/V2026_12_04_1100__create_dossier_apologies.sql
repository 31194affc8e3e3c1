-- The apology for a late dossier (phiếu xin lỗi và hẹn lại ngày trả kết quả, Decree 118/2025 Art. 19(6)): at most
-- one per dossier (uq on dossier_id: the law allows one re-schedule). Issuing it moves dossiers.appointment_at to
-- new_appointment_at and keeps the first promise in dossiers.original_appointment_at, in the same transaction.
-- due_at is the moment it was due (the close of office hours of the lead-th working day before the appointment);
-- late = issued after it (không đúng hạn). The signer and the issuing unit are as printed on the letter.
CREATE TABLE dossier_apologies (
  id                       BIGINT        NOT NULL,
  dossier_id               BIGINT        NOT NULL,
  unit_id                  BIGINT        NOT NULL,
  reason                   VARCHAR(2000) NOT NULL,
  previous_appointment_at  DATETIME(6)   NOT NULL,
  new_appointment_at       DATETIME(6)   NOT NULL,
  due_at                   DATETIME(6)   NOT NULL,
  issued_at                DATETIME(6)   NOT NULL,
  late                     BOOLEAN       NOT NULL,
  signer_name              VARCHAR(200)  NOT NULL,
  signer_title             VARCHAR(200)  NOT NULL,
  issuing_unit             VARCHAR(300)  NOT NULL,
  issued_by                VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_dossier_apologies_dossier (dossier_id),
  KEY ix_dossier_apologies_unit_issued (unit_id, issued_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
