-- Citizen reception days (tiếp công dân, Law on Citizen Reception 2013) and leaders' dialogues (đối thoại): each
-- session is held in a unit by a presiding leader; each citizen's petition raised there becomes a case (channel
-- RECEPTION, complaints.reception_id) with the leader as its receiver, so what was promised in person is tracked.
-- The leader is kept as text (name and title, as announced on the public schedule), optionally tied to a staff user.
CREATE TABLE reception_sessions (
  id               BIGINT        NOT NULL,
  unit_id          BIGINT        NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  starts_at        DATETIME(6)   NOT NULL,
  ends_at          DATETIME(6)   NULL,
  place            VARCHAR(255)  NOT NULL,
  leader_name      VARCHAR(120)  NOT NULL,
  leader_title     VARCHAR(160)  NOT NULL,
  leader_user_id   BIGINT        NULL,
  topic            VARCHAR(500)  NULL,
  status           VARCHAR(16)   NOT NULL DEFAULT 'PLANNED',
  created_by       VARCHAR(64)   NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_by       VARCHAR(64)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_reception_sessions_starts (starts_at),
  KEY ix_reception_sessions_unit (unit_id, starts_at),
  CONSTRAINT fk_reception_sessions_unit FOREIGN KEY (unit_id) REFERENCES units (id),
  CONSTRAINT ck_reception_sessions_kind CHECK (kind IN ('RECEPTION_DAY', 'DIALOGUE')),
  CONSTRAINT ck_reception_sessions_status CHECK (status IN ('PLANNED', 'HELD'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE complaints
  ADD KEY ix_complaints_reception (reception_id, received_at),
  ADD CONSTRAINT fk_complaints_reception FOREIGN KEY (reception_id) REFERENCES reception_sessions (id);
